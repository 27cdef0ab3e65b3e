// The OpenAPI 3.0 document of the API, served at /api/openapi.json. Its source of truth is
// api/openapi.json, compiled into the binary by cmake/embed_file.cmake.
#pragma once

#include <string_view>

namespace ketnap::http {

std::string_view openapi_document();

}  // namespace ketnap::http
