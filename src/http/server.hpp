// The HTTP server: Ketnap's JSON API under /api/v1, its OpenAPI document, and the web UI's
// static files. I/O runs on a few threads; every call into app::Service (SQL, password
// hashing) runs on a bounded worker pool, so a slow query never stalls other connections.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace ketnap::app {
class Service;
}

namespace ketnap::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port, reported to on_listening
  std::string web_root;        // folder of static UI files; may be empty
  int io_threads = 1;
  int worker_threads = 4;
  std::size_t body_limit = 1 << 20;  // larger request bodies answer 413
  std::chrono::seconds timeout{30};  // per read and per write on a connection
  std::string database_backend;      // reported by /api/v1/health
  std::string version;               // reported by /api/v1/health
};

// Serves until SIGINT or SIGTERM, then stops accepting, lets requests in progress finish
// and returns (a second signal stops at once). `on_listening` is called once the socket
// listens, with the port bound. Throws on start-up failure (e.g. the port is taken).
void serve(app::Service& service, const ServerOptions& options,
           std::function<void(unsigned short bound_port)> on_listening = {});

}  // namespace ketnap::http
