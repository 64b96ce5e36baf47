#include "skillfit/document.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "documents/document_loaders.h"
#include "util/ascii.h"

namespace skillfit {

const char* SourceFormatName(SourceFormat f) {
  switch (f) {
    case SourceFormat::kText:
      return "text";
    case SourceFormat::kMarkdown:
      return "markdown";
    case SourceFormat::kPdf:
      return "pdf";
    case SourceFormat::kDocx:
      return "docx";
    case SourceFormat::kJsonResume:
      return "json-resume";
  }
  return "text";
}

void OffsetMap::AddCopy(size_t text_begin, size_t src_begin, size_t len) {
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.copy && last.text_begin + last.len == text_begin &&
        last.src_begin + last.len == src_begin) {
      last.len += len;
      return;
    }
  }
  runs_.push_back({text_begin, src_begin, len, true});
}

void OffsetMap::AddInserted(size_t text_begin, size_t src_begin, size_t len) {
  runs_.push_back({text_begin, src_begin, len, false});
}

size_t OffsetMap::ToSource(size_t text_offset) const {
  if (runs_.empty()) return text_offset;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), text_offset,
                             [](size_t t, const Run& r) { return t < r.text_begin; });
  if (it == runs_.begin()) return runs_.front().src_begin;
  const Run& r = *(it - 1);
  if (text_offset >= r.text_begin + r.len) {
    return r.copy ? r.src_begin + r.len : r.src_begin;
  }
  return r.copy ? r.src_begin + (text_offset - r.text_begin) : r.src_begin;
}

void Document::IndexLines() {
  line_starts.clear();
  line_starts.push_back(0);
  if (text.size() < 2) {
    if (page_starts.empty()) page_starts.push_back(0);
    return;
  }
  const char* const begin = text.data();
  const char* const last = begin + text.size() - 1;  // a '\n' here starts no line
  line_starts.reserve(static_cast<size_t>(std::count(begin, last, '\n')) + 1);
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', last - p)));) {
    ++p;
    line_starts.push_back(static_cast<size_t>(p - begin));
  }
  if (page_starts.empty()) page_starts.push_back(0);
}

size_t Document::LineOf(size_t offset) const {
  if (line_starts.empty()) return 1;
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return static_cast<size_t>(it - line_starts.begin());
}

size_t Document::PageOf(size_t offset) const {
  if (page_starts.empty()) return 1;
  auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
  return std::max<size_t>(1, static_cast<size_t>(it - page_starts.begin()));
}

std::string_view Document::Line(size_t line_number) const {
  if (line_number == 0 || line_number > line_starts.size()) return {};
  const size_t begin = line_starts[line_number - 1];
  size_t end = line_number < line_starts.size() ? line_starts[line_number] : text.size();
  std::string_view v(text);
  v = v.substr(begin, end - begin);
  if (!v.empty() && v.back() == '\n') v.remove_suffix(1);
  return v;
}

namespace {

std::string ExtensionOf(const std::string& name) {
  const size_t slash = name.find_last_of('/');
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return AsciiLowerCopy(name.substr(dot + 1));
}

std::string HumanSize(size_t bytes) {
  char buf[64];
  if (bytes >= (1u << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / 1048576.0);
  } else {
    std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
  }
  return buf;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

}  // namespace

Result<Document> LoadDocumentFromBytes(std::string_view bytes, const std::string& name,
                                       const LoadLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) {
    return Status::InputError(name + ": file is " + HumanSize(bytes.size()) +
                              ", over the limit of " + HumanSize(limits.max_file_bytes));
  }
  const std::string ext = ExtensionOf(name);
  const std::string_view head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return LoadPdf(bytes, name, limits);
  if (StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06")) {
    return LoadDocx(bytes, name, limits);
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0")) {
    return Status::InputError(name +
                              ": old binary Word (.doc) or Office file; save it as DOCX or PDF");
  }
  if (ext == "pdf") {
    return Status::InputError(name + ": not a PDF (no %PDF- header); the file is " +
                              (bytes.empty() ? std::string("empty") : "something else"));
  }
  if (ext == "docx") {
    return Status::InputError(name + ": not a DOCX (no zip signature)");
  }
  size_t first = 0;
  if (StartsWith(bytes, "\xEF\xBB\xBF")) first = 3;
  while (first < bytes.size() && std::isspace(static_cast<unsigned char>(bytes[first]))) ++first;
  if (ext == "json" || (first < bytes.size() && bytes[first] == '{' && ext != "md" &&
                        ext != "markdown" && ext != "txt")) {
    return LoadJsonResume(bytes, name, limits);
  }
  if (ext == "md" || ext == "markdown" || ext == "mdown") return LoadMarkdown(bytes, name, limits);
  return LoadPlainText(bytes, name, limits);
}

Result<Document> LoadDocument(const std::string& path, const LoadLimits& limits) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (bytes.size() > limits.max_file_bytes) {
      return Status::InputError("-: standard input is over the limit of " +
                                HumanSize(limits.max_file_bytes));
    }
    return LoadDocumentFromBytes(bytes, "-", limits);
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::InputError(path + ": no such file");
    return Status::InputError(path + ": cannot open: " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status::InputError(path + ": is a directory, not a file");
  if (!S_ISREG(st.st_mode)) return Status::InputError(path + ": not a regular file");
  if (static_cast<size_t>(st.st_size) > limits.max_file_bytes) {
    return Status::InputError(path + ": file is " + HumanSize(st.st_size) +
                              ", over the limit of " + HumanSize(limits.max_file_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InputError(path + ": cannot open: " + std::strerror(errno));
  bytes.resize(static_cast<size_t>(st.st_size));
  if (!bytes.empty()) in.read(&bytes[0], static_cast<std::streamsize>(bytes.size()));
  if (static_cast<size_t>(in.gcount()) != bytes.size()) {
    return Status::InputError(path + ": read error");
  }
  return LoadDocumentFromBytes(bytes, path, limits);
}

}  // namespace skillfit
