// The web UI's files, served from a folder. "/" and unknown paths without a file extension
// answer index.html, so that the single-page app can own its routes (SPA fallback). Paths
// that would leave the folder ("..", symbolic links pointing out) are refused. Without a
// folder, a short Vietnamese page says the web UI is coming.
#pragma once

#include <string>
#include <string_view>

#include "http/message.hpp"

namespace ketnap::http {

Response serve_static(const std::string& web_root, const Request& request);

// "text/html; charset=utf-8" for "index.html", ...; "application/octet-stream" if unknown.
std::string_view content_type_for(std::string_view file_name);

}  // namespace ketnap::http
