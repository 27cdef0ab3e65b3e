#include "http/static_files.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <utility>

#include "http/problem.hpp"

namespace ketnap::http {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPlaceholderPage = R"(<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Ketnap</title></head>
<body>
<h1>Ketnap</h1>
<p>Giao diện web đang được xây dựng; API tại <a href="/api/openapi.json">/api/v1</a>.</p>
</body>
</html>
)";

Response text_response(int status, std::string_view content_type, std::string body) {
  Response response;
  response.status = status;
  response.content_type = content_type;
  response.body = std::move(body);
  return response;
}

Response placeholder_page() {
  return text_response(200, "text/html; charset=utf-8", std::string(kPlaceholderPage));
}

Response not_found_page() {
  return text_response(404, "text/plain; charset=utf-8", "Không tìm thấy tệp được yêu cầu.\n");
}

// The request path as a path relative to the web root, or nothing when any segment could
// step outside it or is not a plain file name.
std::optional<fs::path> relative_path(std::string_view path) {
  fs::path relative;
  while (!path.empty()) {
    auto slash = path.find('/');
    auto segment = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view{} : path.substr(slash + 1);
    if (segment.empty()) continue;
    if (segment == "." || segment == ".." ||
        segment.find_first_of(std::string_view("\\\0:", 3)) != std::string_view::npos) {
      return std::nullopt;
    }
    relative /= segment;
  }
  return relative;
}

// True when `file` resolves (symbolic links followed) to somewhere inside `root`.
bool inside(const fs::path& root, const fs::path& file) {
  std::error_code error;
  auto real_root = fs::canonical(root, error);
  if (error) return false;
  auto real_file = fs::canonical(file, error);
  if (error) return false;
  auto [root_end, _] = std::mismatch(real_root.begin(), real_root.end(), real_file.begin(), real_file.end());
  return root_end == real_root.end();
}

std::optional<std::string> read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Response file_response(const fs::path& file) {
  auto content = read_file(file);
  if (!content) return not_found_page();
  auto response = text_response(200, content_type_for(file.filename().string()), std::move(*content));
  // index.html names the hashed asset files of each release: always ask for the newest.
  if (file.filename() == "index.html") response.set_header("Cache-Control", "no-cache");
  return response;
}

bool is_regular_file_inside(const fs::path& root, const fs::path& file) {
  std::error_code error;
  return fs::is_regular_file(file, error) && inside(root, file);
}

}  // namespace

std::string_view content_type_for(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"},
  }};
  for (const auto& [extension, type] : kTypes) {
    if (file_name.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

Response serve_static(const std::string& web_root, const Request& request) {
  if (request.method != "GET") {
    auto response = problem_response(method_not_allowed());
    response.set_header("Allow", "GET");
    return response;
  }
  std::error_code error;
  if (web_root.empty() || !fs::is_directory(web_root, error)) return placeholder_page();
  auto relative = relative_path(request.path);
  if (!relative) return not_found_page();
  const fs::path root(web_root);
  auto file = root / *relative;
  if (!relative->empty() && is_regular_file_inside(root, file)) return file_response(file);
  // Client-side routes ("/to-chuc/12") have no extension; missing assets do and stay 404.
  if (relative->empty() || !relative->has_extension()) {
    auto index = root / "index.html";
    if (is_regular_file_inside(root, index)) return file_response(index);
    return placeholder_page();
  }
  return not_found_page();
}

}  // namespace ketnap::http
