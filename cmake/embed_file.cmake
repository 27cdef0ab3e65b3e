# Writes a C++ file holding IN as the string returned by ketnap::http::openapi_document().
file(READ ${IN} content)
set(body "#include <string_view>\nnamespace ketnap::http {\nstd::string_view openapi_document() {\n  return R\"ketnap_json(${content})ketnap_json\";\n}\n}  // namespace ketnap::http\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
