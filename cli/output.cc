#include "output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>

namespace skillfit {
namespace cli {

namespace {

// Writes all of `content` to `fd`; false with errno set when it cannot.
bool WriteAll(int fd, const std::string& content) {
  size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

Status CannotWrite(const std::string& path) {
  return Status::IoError(path + ": cannot write: " + std::strerror(errno));
}

// A FIFO, a device or a socket: written in place, since there is no file to replace.
Status WriteInPlace(const std::string& path, const std::string& content) {
  const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return CannotWrite(path);
  if (!WriteAll(fd, content)) {
    const Status st = CannotWrite(path);
    close(fd);
    return st;
  }
  if (close(fd) != 0) return CannotWrite(path);
  return Status::Ok();
}

// A regular file (or none yet): a temporary file beside it, synced and renamed over it, so
// the old file stays whole until the new one is. An existing file keeps its permissions.
Status ReplaceAtomically(const std::string& path, const std::string& content, mode_t mode) {
  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(&tmp[0]);
  if (fd < 0) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  if (!WriteAll(fd, content)) {
    const Status st = CannotWrite(path);
    close(fd);
    unlink(tmp.c_str());
    return st;
  }
  fchmod(fd, mode);
  if (fsync(fd) != 0 || close(fd) != 0 || rename(tmp.c_str(), path.c_str()) != 0) {
    const Status st = CannotWrite(path);
    unlink(tmp.c_str());
    return st;
  }
  return Status::Ok();
}

}  // namespace

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path == "-") {
    std::cout << content;
    std::cout.flush();
    if (!std::cout) return Status::IoError("-: cannot write to standard output");
    return Status::Ok();
  }
  // A symbolic link is followed: its target is what gets written, and the link stays.
  std::string target = path;
  struct stat st;
  if (lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    char* resolved = realpath(path.c_str(), nullptr);
    if (resolved == nullptr) {
      return Status::IoError(path + ": a symbolic link to a missing file; give its target");
    }
    target = resolved;
    std::free(resolved);
  }
  if (stat(target.c_str(), &st) != 0) return ReplaceAtomically(target, content, 0644);
  if (S_ISDIR(st.st_mode)) {
    return Status::IoError(path + ": is a directory; give a file name to -o");
  }
  if (!S_ISREG(st.st_mode)) return WriteInPlace(target, content);
  return ReplaceAtomically(target, content, st.st_mode & 07777);
}

}  // namespace cli
}  // namespace skillfit
