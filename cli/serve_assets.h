// The pages of `skillfit serve` (HTML, CSS, JavaScript from cli/serve_assets/), compiled
// into the binary at build time (cli/serve_assets/embed.cmake): nothing is read from disk
// or fetched from elsewhere when it runs.
#ifndef SKILLFIT_CLI_SERVE_ASSETS_H_
#define SKILLFIT_CLI_SERVE_ASSETS_H_

#include <cstddef>
#include <string_view>

namespace skillfit {
namespace cli {

struct EmbeddedAsset {
  const char* file;  // its name in cli/serve_assets/: "index.html"
  const unsigned char* data;
  size_t size;
  std::string_view bytes() const { return {reinterpret_cast<const char*>(data), size}; }
};

// Every asset, generated into the build folder as serve_assets_data.cc.
extern const EmbeddedAsset kEmbeddedAssets[];
extern const size_t kEmbeddedAssetCount;

// "text/html; charset=utf-8" for "index.html", by extension (.html .css .js .svg).
const char* AssetContentType(std::string_view file);

}  // namespace cli
}  // namespace skillfit

#endif  // SKILLFIT_CLI_SERVE_ASSETS_H_
