// Everything the server answers, without the sockets: the JSON API behind its session and
// CSRF checks, the OpenAPI document, and the web UI's static files. handle() blocks (it
// calls the Service), so the server runs it on its worker pool. Thread-safe: handle() may
// run on many threads at once.
#pragma once

#include <memory>
#include <string_view>

#include "http/message.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace ketnap::app {
class Dossiers;
class Service;
struct Session;
}  // namespace ketnap::app

namespace ketnap::http {

class Site {
 public:
  Site(app::Service& service, const ServerOptions& options);
  ~Site();

  // Never throws: an unexpected exception becomes a logged 500 problem.
  Response handle(const Request& request) const;

 private:
  Response handle_api(const Request& request) const;
  Response call(const Route& route, const PathParams& params, const Request& request) const;

  app::Service& service_;
  std::unique_ptr<app::Dossiers> dossiers_;  // thread-safe like the Service it works over
  const ServerOptions& options_;
  Router router_;
};

// The headers every response carries (and Cache-Control: no-store under /api).
void add_standard_headers(Response& response, std::string_view path);

}  // namespace ketnap::http
