import os, tempfile, stat
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"0123456789"))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 4), os.lseek(fd, 2, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 10))
print(os.fstat(fd).st_size, stat.S_ISREG(os.fstat(fd).st_mode), os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_CUR))
os.close(fd2); os.close(fd)
os.chmod(p, 0o600)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.utime(p, (1000000000, 1000000000.5))
print(os.stat(p).st_mtime, int(os.stat(p).st_atime))
os.utime(p, ns=(5 * 10**9, 7 * 10**9))
print(os.stat(p).st_mtime)
link = os.path.join(d, "link")
os.symlink(p, link)
print(os.readlink(link) == p, os.path.islink(link), os.lstat(link).st_size == len(p))
os.link(p, os.path.join(d, "hard"))
print(os.stat(p).st_nlink)
os.truncate(p, 3)
print(os.stat(p).st_size)
old = os.umask(0o077); print(os.umask(old) == 0o077)
for f, args in [(os.open, (os.path.join(d, "missing", "x"), os.O_RDONLY)), (os.readlink, (p,)),
                (os.read, (9999, 1)), (os.symlink, (p, link))]:
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid())
for n in os.listdir(d):
    os.unlink(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d))
try:
    os.symlink("/nonexistent_src_zz", "/")
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
