# csv reader/writer/DictReader/DictWriter on in-memory text.
import csv, io
out = io.StringIO()
w = csv.writer(out)
w.writerow(["name", "note", "n"])
w.writerow(["Ann", "likes, commas", 1])
w.writerow(["Bob", 'says "hi"', 2.5])
w.writerow(["Cy", "multi\nline", None])
w.writerows([[1, 2], [], ["x"]])
print(repr(out.getvalue()))
rows = list(csv.reader(io.StringIO(out.getvalue())))
print(rows)
dr = csv.DictReader(io.StringIO("a,b,c\n1,2,3\n4,5\n6,7,8,9\n"))
for row in dr:
    print(row)
print(dr.fieldnames, dr.line_num)
o2 = io.StringIO()
dw = csv.DictWriter(o2, fieldnames=["x", "y"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"x": 1, "y": 2, "z": 3})
dw.writerow({"x": "only x"})
print(repr(o2.getvalue()))
o3 = io.StringIO()
csv.writer(o3, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["a", 1, None])
csv.writer(o3, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["a", 1, 2.5])
print(repr(o3.getvalue()))
print(list(csv.reader(['a;"b;c";d'], delimiter=";")), list(csv.reader(["  a,  b"], skipinitialspace=True)))
print(list(csv.reader(['"unterminated'])), list(csv.reader(["x\ty"], dialect="excel-tab")))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
