# Writes a C++ file holding every rules/qd*.json (one regulation version each) as the
# strings returned by ketnap::embedded_rule_sets().
file(GLOB files ${DIR}/qd*.json)
list(SORT files)
set(body "#include \"core/embedded_rules.hpp\"\nnamespace ketnap {\nstd::span<const std::string_view> embedded_rule_sets() {\n  static const std::string_view all[] = {\n")
foreach(f ${files})
  file(READ ${f} content)
  string(APPEND body "    R\"ketnap_json(${content})ketnap_json\",\n")
endforeach()
string(APPEND body "  };\n  return all;\n}\n}  // namespace ketnap\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
