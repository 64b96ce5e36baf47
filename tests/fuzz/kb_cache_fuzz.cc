// libFuzzer harness for the kb cache reader: the input becomes the cache file of a small kb
// (the shipped categories, themes and productivity skills), and KnowledgeBase::Load runs
// with that cache. The first byte chooses what the rest is:
//   'p'   the payload: the harness writes the header for it (magic, version, the kb's key,
//         length and checksum), so the fuzzer reaches KbCache's decoder
//   'i'   the matcher's image: the harness puts it after the kb's part of the payload the
//         load wrote and writes the header, so the fuzzer reaches the image's checks
//         (SkillMatcher::Compile opening it; matcher_image.h) with a kb that decodes
//   other the whole file, header and all
// The load must succeed whatever the file holds (a damaged cache is ignored and the YAML
// read), a whole file is trusted only when it is the one the load wrote, and a knowledge
// base decoded from a payload is put to use (its lookups, a matcher, a search) unharmed.
#include <dirent.h>

#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "kb/cache_file.h"
#include "skillfit/education.h"
#include "skillfit/knowledge_base.h"
#include "skillfit/skill_matcher.h"
#include "skillfit/title_table.h"

namespace {

using skillfit::fuzz::Check;

constexpr size_t kKeyedHeaderSize = 8 + 4 + 8;  // magic, version, key (cache_file.h)
constexpr size_t kHeaderSize = kKeyedHeaderSize + 8 + 8 + 4;  // length, checksum, reserved

std::string kb_dir;
std::string cache_dir;
std::string cache_path;
std::string written;  // the cache file the first load wrote
std::string kb_part;  // its payload up to the matcher's image (kb_cache.cc)

void PutFixed64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

// The only file in `dir`.
std::string OnlyFileIn(const std::string& dir) {
  std::string found;
  int count = 0;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;
      found = dir + "/" + e->d_name;
      ++count;
    }
    closedir(d);
  }
  Check(count == 1, "the first load did not write one cache file in " + dir);
  return found;
}

skillfit::Result<std::shared_ptr<const skillfit::KnowledgeBase>> LoadWithCache(bool* from_cache) {
  skillfit::KbLoadOptions options;
  options.cache_dir = cache_dir;
  options.from_cache = from_cache;
  return skillfit::KnowledgeBase::Load(kb_dir, {}, options);
}

// Uses every part of a knowledge base that came from the cache.
void UseKb(const std::shared_ptr<const skillfit::KnowledgeBase>& kb) {
  for (size_t i = 0; i < kb->skills().size(); ++i) {
    const skillfit::Skill& s = kb->skills()[i];
    Check(kb->IndexOf(s.id) == static_cast<int>(i), "a skill's id does not find it");
    kb->FindCategory(s.category);
    kb->ImpliedBy(static_cast<int>(i));
    kb->RelatedTo(static_cast<int>(i));
  }
  // A damaged image is not used: Compile builds the matcher then.
  const auto matcher = skillfit::SkillMatcher::Compile(kb);
  if (!matcher.ok()) return;
  for (const skillfit::Mention& m : matcher.value()->Find(
           "Excel, Jira and Notion; Google Workspace, Unity. Go and R with Python.")) {
    Check(m.skill >= 0 && static_cast<size_t>(m.skill) < kb->skills().size(),
          "a mention names no skill of the kb");
  }
  matcher.value()->Explain("excel");
  // The document tables (empty in this kb's files, but a payload may hold any).
  if (kb->titles()) {
    for (int s : kb->titles()->SkillsOf("Senior Site Reliability Engineer, Product Manager")) {
      Check(s >= 0 && static_cast<size_t>(s) < kb->skills().size(), "a title names no skill");
    }
  }
  if (kb->degree_fields()) {
    for (int f : kb->degree_fields()->FindAll("Computer Science and Mathematics")) {
      kb->degree_fields()->Related(f, f);
      kb->degree_fields()->Covers(f, f);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kb_dir = skillfit::fuzz::SmallKb({"productivity.yaml"});
  cache_dir = skillfit::fuzz::TempDir() + "/cache";
  bool from_cache = true;
  const auto kb = LoadWithCache(&from_cache);
  Check(kb.ok() && !from_cache, "the small kb does not load: " + kb.status().message());
  cache_path = OnlyFileIn(cache_dir);
  written = skillfit::fuzz::ReadFile(cache_path);
  Check(written.size() > kHeaderSize, "the cache file has no payload");
  skillfit::fuzz::WriteSeed("file", "f" + written);
  const std::string payload = written.substr(kHeaderSize);
  skillfit::fuzz::WriteSeed("payload", "p" + payload);
  // The payload opens with the length of the kb's part, little-endian; the image follows
  // it at the next multiple of 8.
  uint64_t size = 0;
  for (int i = 7; i >= 0; --i) size = (size << 8) | static_cast<unsigned char>(payload[i]);
  const size_t image_at = (8 + size + 7) & ~size_t{7};
  Check(image_at < payload.size(), "the cache file has no matcher image");
  kb_part = payload.substr(0, image_at);
  skillfit::fuzz::WriteSeed("image", "i" + payload.substr(image_at));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool payload_only = data[0] == 'p' || data[0] == 'i';
  const std::string_view rest = skillfit::fuzz::Bytes(data + 1, size - 1);
  std::string file;
  if (payload_only) {
    const std::string payload = (data[0] == 'i' ? kb_part : "") + std::string(rest);
    file = written.substr(0, kKeyedHeaderSize);
    PutFixed64(&file, payload.size());
    PutFixed64(&file, skillfit::Hash64(payload));
    file += std::string(4, '\0');
    file += payload;
  } else {
    file += rest;
  }
  skillfit::fuzz::WriteFile(cache_path, file);
  bool from_cache = false;
  const auto kb = LoadWithCache(&from_cache);
  Check(kb.ok(), "a cache file made the load fail: " + kb.status().message());
  if (!from_cache) return 0;
  Check(payload_only || file == written, "a cache file the load did not write was trusted");
  UseKb(kb.value());
  return 0;
}
