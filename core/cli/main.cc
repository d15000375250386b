// The weft command line, mirroring CPython's: `weft script.py args...`,
// `weft -c CODE`, `weft -m module`, `weft -` (stdin), `weft -V`.
// Exit codes and stderr output follow CPython 3.11.
#include <signal.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/compile/compile.h"
#include "core/runtime/abstract.h"
#include "core/vm/eval.h"
#include "stdlib/stdlib.h"

namespace weft {
namespace {

constexpr const char* kVersion = "Python 3.11.7";

enum class Mode { Script, Command, Module, Stdin };

struct Options {
  Mode mode = Mode::Stdin;
  std::string target;  // script path, command text or module name
  std::vector<std::string> args;
  bool unbuffered = false;
};

[[noreturn]] void usage_error(const std::string& msg) {
  std::fprintf(stderr, "%s\nusage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n",
               msg.c_str());
  std::exit(2);
}

Options parse_command_line(int argc, char** argv) {
  Options o;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-V" || a == "--version") {
      std::printf("%s\n", kVersion);
      std::exit(0);
    } else if (a == "-c" || a == "-m") {
      if (i + 1 >= argc) usage_error("Argument expected for the " + a + " option");
      o.mode = a == "-c" ? Mode::Command : Mode::Module;
      o.target = argv[++i];
      o.args.push_back(a == "-c" ? "-c" : o.target);
      ++i;
      break;
    } else if (a == "-u") {
      o.unbuffered = true;
    } else if (a == "-B" || a == "-E" || a == "-s" || a == "-S" || a == "-I" || a == "-O") {
      // Accepted for compatibility; weft writes no bytecode caches.
    } else if (a == "-X" || a == "-W") {
      ++i;  // options with an argument, accepted and ignored for now
    } else if (a == "-") {
      o.mode = Mode::Stdin;
      o.args.push_back("-");
      ++i;
      break;
    } else if (a.size() > 1 && a[0] == '-') {
      usage_error("Unknown option: " + a);
    } else {
      o.mode = Mode::Script;
      o.target = a;
      o.args.push_back(a);
      ++i;
      break;
    }
  }
  if (o.args.empty()) o.args.push_back("");
  for (; i < argc; ++i) o.args.push_back(argv[i]);
  return o;
}

// CPython (3.9+) gives the main script an absolute __file__ and code
// filename, without resolving symlinks.
std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return path;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  return std::string(cwd) + "/" + p;
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string read_stdin() {
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

// The exit status for a SystemExit instance, printing its message if needed.
int exit_code_of_system_exit(ThreadState* ts, Value exc) {
  Ref code = get_attr_str(ts, exc, "code");
  if (!code) {
    clear_error(ts);
    return 1;
  }
  if (code.get() == None()) return 0;
  if (is_int(code.get())) {
    int64_t n = 0;
    if (!int_to_i64(ts, code.get(), &n)) {
      clear_error(ts);
      return -1;
    }
    return static_cast<int>(n & 0xFF);
  }
  Ref text = str_of(ts, code.get());
  if (text) {
    std::string_view s = str_utf8(text.get());
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fputc('\n', stderr);
  } else {
    clear_error(ts);
  }
  return 1;
}

// Handles the exception pending after the main program failed.
int report_uncaught(ThreadState* ts) {
  Ref exc = fetch_error(ts);
  if (isinstance_of(exc.get(), &SystemExit_type)) return exit_code_of_system_exit(ts, exc.get());
  print_exception(ts, exc.get());
  if (isinstance_of(exc.get(), &KeyboardInterrupt_type)) return 130;
  return 1;
}

int run_source(ThreadState* ts, const std::string& source, const std::string& filename) {
  Ref main_mod = new_module(ts, "__main__");
  if (!main_mod) return report_uncaught(ts);
  Dict* globals = module_dict(main_mod.get());
  Ref modules = Ref::borrow(ts->interp->modules.get());
  if (dict_set(ts, static_cast<Dict*>(modules.obj()), Value(intern_str(ts, "__main__")),
               main_mod.get()) < 0)
    return report_uncaught(ts);
  if (dict_set_str(ts, globals, "__builtins__", ts->interp->builtins.get()) < 0)
    return report_uncaught(ts);
  if (filename != "<string>" && filename != "<stdin>") {
    Ref file = new_str(filename);
    if (dict_set_str(ts, globals, "__file__", file.get()) < 0) return report_uncaught(ts);
  }
  Ref code = compile_source(ts, source, filename, CompileMode::Exec);
  if (!code) return report_uncaught(ts);
  Ref result = eval_code(ts, code.as<Code>(), globals, Value());
  if (!result) return report_uncaught(ts);
  return 0;
}

int run_module(ThreadState* ts, const std::string& name) {
  if (run_module_as_main(ts, name) < 0) return report_uncaught(ts);
  return 0;
}

void install_signal_dispositions() {
  // CPython ignores SIGPIPE so that writes to a closed pipe raise
  // BrokenPipeError instead of killing the process.
  signal(SIGPIPE, SIG_IGN);
  // SIGINT -> KeyboardInterrupt is installed by the signal machinery in
  // stdlib (it needs the main thread's state).
}

}  // namespace

int main_impl(int argc, char** argv) {
  Options opts = parse_command_line(argc, argv);
  install_signal_dispositions();
  if (opts.unbuffered) std::setvbuf(stdout, nullptr, _IONBF, 0);

  InterpreterConfig config;
  config.argv = opts.args;
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
  config.executable = n > 0 ? std::string(exe, n) : std::string(argv[0]);
  if (opts.mode == Mode::Script) {
    std::string dir = absolute_path(opts.target);
    size_t slash = dir.rfind('/');
    config.path.push_back(slash == std::string::npos ? "" : dir.substr(0, slash));
  } else {
    config.path.push_back("");
  }
  ThreadState* ts = bootstrap_main_interpreter(config);
  if (!ts) return 1;

  int code = 0;
  switch (opts.mode) {
    case Mode::Script: {
      std::string source;
      if (!read_file(opts.target, &source)) {
        std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0],
                     opts.target.c_str(), errno, std::strerror(errno));
        return 2;
      }
      code = run_source(ts, source, absolute_path(opts.target));
      break;
    }
    case Mode::Command:
      code = run_source(ts, opts.target, "<string>");
      break;
    case Mode::Stdin:
      code = run_source(ts, read_stdin(), "<stdin>");
      break;
    case Mode::Module:
      code = run_module(ts, opts.target);
      break;
  }
  return finalize_interpreter(ts, code);
}

}  // namespace weft

int main(int argc, char** argv) { return weft::main_impl(argc, argv); }
