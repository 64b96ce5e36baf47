#include "report/json_dump.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace skillfit {
namespace {

using nlohmann::json;

// The UTF-8 sequence at s[i] (RFC 3629: no overlongs, no surrogates, nothing past
// U+10FFFF): its length when it is whole and valid; else 0, with `*bad` the bytes that one
// U+FFFD stands for: the lead byte and the continuation bytes that fit it before the one
// that does not (Unicode's "maximal subpart", which nlohmann's replace follows too).
size_t ValidSequence(std::string_view s, size_t i, size_t* bad) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // a surrogate
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // past U+10FFFF
  }
  size_t k = 1;
  for (; k <= need && i + k < s.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(s[i + k]);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) break;
  }
  if (need > 0 && k == need + 1) return k;
  *bad = k;
  return 0;
}

// `s` as a JSON string: quotes, the escapes nlohmann writes (\" \\ \b \f \n \r \t, \u00XX for
// other control bytes), non-ASCII text as it is, and U+FFFD for each broken UTF-8 sequence
// (ValidSequence). Runs that need no escape are appended whole.
void AppendString(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    size_t bad = 1;
    if (c >= 0x80) {
      if (const size_t n = ValidSequence(s, i, &bad)) {
        i += n;
        continue;
      }
    }
    out->append(s.data() + run, i - run);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->append("\xEF\xBF\xBD");  // bytes of no valid sequence
        }
    }
    i += bad;
    run = i;
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void Indent(int indent, int depth, std::string* out) {
  if (indent < 0) return;
  out->push_back('\n');
  out->append(static_cast<size_t>(indent) * static_cast<size_t>(depth), ' ');
}

void Append(const json& j, int indent, int depth, std::string* out) {
  const char* colon = indent < 0 ? ":" : ": ";
  switch (j.type()) {
    case json::value_t::object: {
      if (j.empty()) {
        out->append("{}");
        return;
      }
      out->push_back('{');
      bool first = true;
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (!first) out->push_back(',');
        first = false;
        Indent(indent, depth + 1, out);
        AppendString(it.key(), out);
        out->append(colon);
        Append(it.value(), indent, depth + 1, out);
      }
      Indent(indent, depth, out);
      out->push_back('}');
      return;
    }
    case json::value_t::array: {
      if (j.empty()) {
        out->append("[]");
        return;
      }
      out->push_back('[');
      bool first = true;
      for (const json& e : j) {
        if (!first) out->push_back(',');
        first = false;
        Indent(indent, depth + 1, out);
        Append(e, indent, depth + 1, out);
      }
      Indent(indent, depth, out);
      out->push_back(']');
      return;
    }
    case json::value_t::string:
      AppendString(j.get_ref<const std::string&>(), out);
      return;
    case json::value_t::boolean:
      out->append(j.get<bool>() ? "true" : "false");
      return;
    case json::value_t::null:
      out->append("null");
      return;
    case json::value_t::number_integer:
      out->append(std::to_string(j.get<std::int64_t>()));
      return;
    case json::value_t::number_unsigned:
      out->append(std::to_string(j.get<std::uint64_t>()));
      return;
    default:  // floats (nlohmann's shortest form), binary, discarded: as nlohmann writes them
      out->append(j.dump(-1, ' ', false, json::error_handler_t::replace));
      return;
  }
}

}  // namespace

std::string JsonText(const nlohmann::json& j, int indent) {
  std::string out;
  out.reserve(4096);
  Append(j, indent, 0, &out);
  return out;
}

}  // namespace skillfit
