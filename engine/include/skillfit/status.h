// Status and Result<T>: expected failures as values.
//
//   skillfit::Result<skillfit::Document> doc = skillfit::LoadDocument("cv.pdf");
//   if (!doc.ok()) { std::cerr << doc.status().ToString() << "\n"; return 1; }
//   Use(doc.value());
//
// A Status carries a code (which decides the CLI exit code) and a one-line message that
// already names the file and, where there is one, the line: "cv.pdf: encrypted PDF". The
// message is always valid UTF-8: bytes that are not (a file name in Latin-1, a quoted piece
// of a damaged file) are written as \xNN.
#ifndef SKILLFIT_STATUS_H_
#define SKILLFIT_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace skillfit {

enum class StatusCode {
  kOk = 0,
  kInputError,   // a document that cannot be used: missing, empty, corrupt... (exit 1)
  kUsageError,   // bad arguments (exit 2)
  kKbError,      // knowledge base or question bank invalid (exit 3)
  kIoError,      // cannot write an output file (exit 1)
  kInternal,     // a bug; never expected (exit 4)
};

class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status InputError(std::string msg) { return Status(StatusCode::kInputError, std::move(msg)); }
  static Status UsageError(std::string msg) { return Status(StatusCode::kUsageError, std::move(msg)); }
  static Status KbError(std::string msg) { return Status(StatusCode::kKbError, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(StatusCode::kIoError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(StatusCode::kInternal, std::move(msg)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "error: <message>" style text is the CLI's business; this is just the message.
  std::string ToString() const { return ok() ? "ok" : message_; }

 private:
  Status(StatusCode code, std::string msg);
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// `text` with every byte that is not part of valid UTF-8 written as \xNN (a backslash
// itself stays as it is): "caf\xE9.pdf". Valid text comes back unchanged.
std::string EscapeInvalidUtf8(std::string_view text);

// Exit code the CLI uses for a status: 0 ok, 1 input, 2 usage, 3 knowledge base, 4 internal.
int ExitCodeFor(const Status& s);

// Either a value or a non-ok Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: must not be ok
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }
  const T& operator*() const { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace skillfit

#endif  // SKILLFIT_STATUS_H_
