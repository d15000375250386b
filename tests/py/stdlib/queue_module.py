# queue: Queue/LifoQueue/PriorityQueue/SimpleQueue API, errors, task_done/join.
import queue, threading
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue[int])
q=queue.SimpleQueue()
for args in [(True,-1),(False,-1),(True,0)]:
  try: q.get(*args)
  except Exception as e: print(repr(e))
q=queue.Queue()
for args in [(True,-1),(False,-1),(True,0.01)]:
  try: q.get(*args)
  except Exception as e: print(repr(e))
try: q.task_done()
except Exception as e: print(repr(e))
q=queue.Queue(1); q.put(1)
for a in [(2,True,-1),(2,True,'x'),(2,False),(2,True,0.01)]:
  try: q.put(*a)
  except Exception as e: print(repr(e))
print(q.qsize(), q.full(), q.empty())
lq=queue.LifoQueue(); pq=queue.PriorityQueue()
for i in [3,1,2]: lq.put(i); pq.put(i)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
q=queue.Queue()
def w():
  while True:
    x=q.get()
    if x is None: q.task_done(); break
    q.task_done()
ts=[threading.Thread(target=w) for _ in range(4)]
for t in ts: t.start()
for i in range(1000): q.put(i)
for t in ts: q.put(None)
q.join(); print('joined', q.unfinished_tasks)
for t in ts: t.join()
sq=queue.SimpleQueue(); sq.put(1); sq.put_nowait(2); print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
