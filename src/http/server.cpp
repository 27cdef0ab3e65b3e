// The only translation unit that includes Beast and Asio: sockets, HTTP/1.1 parsing,
// keep-alive, timeouts, the worker pool and graceful shutdown. What to answer is Site's
// business; this file only carries requests to it and its responses back.
#include "http/server.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "http/problem.hpp"
#include "http/site.hpp"

namespace ketnap::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

constexpr auto use_tuple = asio::as_tuple(asio::use_awaitable);

// Every open connection, so that a shutdown can wake the ones idling between requests on
// a keep-alive socket, and learn when the last one has closed.
class ConnectionRegistry {
 public:
  using Id = std::uint64_t;

  Id add(beast::tcp_stream& stream) {
    std::lock_guard lock(mutex_);
    entries_.emplace(++last_id_, Entry{&stream});
    return last_id_;
  }

  void remove(Id id) {
    std::function<void()> drained;
    {
      std::lock_guard lock(mutex_);
      entries_.erase(id);
      if (stopping_ && entries_.empty()) drained = std::exchange(on_drained_, {});
    }
    if (drained) drained();
  }

  // Marks the connection as waiting for its next request; false once stopping.
  bool begin_idle(Id id) {
    std::lock_guard lock(mutex_);
    if (stopping_) return false;
    entries_.at(id).idle = true;
    return true;
  }

  void end_idle(Id id) {
    std::lock_guard lock(mutex_);
    entries_.at(id).idle = false;
  }

  bool stopping() const {
    std::lock_guard lock(mutex_);
    return stopping_;
  }

  // After a forced stop the I/O context dies with connections still registered; what
  // on_drained refers to is gone by then.
  void forget_drained() {
    std::lock_guard lock(mutex_);
    on_drained_ = {};
  }

  // Stops keep-alive, cancels idle reads, and calls `on_drained` once no connection is left.
  void stop(std::function<void()> on_drained) {
    std::unique_lock lock(mutex_);
    stopping_ = true;
    for (auto& [id, entry] : entries_) {
      if (entry.idle) cancel_on_its_strand(id, *entry.stream);
    }
    if (!entries_.empty()) {
      on_drained_ = std::move(on_drained);
      return;
    }
    lock.unlock();
    on_drained();
  }

 private:
  struct Entry {
    beast::tcp_stream* stream;
    bool idle = false;
  };

  // A stream may only be touched on its own strand; by the time this runs the connection
  // may have gone or started on a request, which is then left to finish.
  void cancel_on_its_strand(Id id, beast::tcp_stream& stream) {
    asio::post(stream.get_executor(), [this, id] {
      std::lock_guard lock(mutex_);
      auto entry = entries_.find(id);
      if (entry != entries_.end() && entry->second.idle) entry->second.stream->cancel();
    });
  }

  mutable std::mutex mutex_;
  std::map<Id, Entry> entries_;
  Id last_id_ = 0;
  bool stopping_ = false;
  std::function<void()> on_drained_;
};

// Registers a connection for its lifetime.
class Registration {
 public:
  Registration(ConnectionRegistry& registry, beast::tcp_stream& stream)
      : registry_(registry), id_(registry.add(stream)) {}
  ~Registration() { registry_.remove(id_); }
  Registration(const Registration&) = delete;
  Registration& operator=(const Registration&) = delete;

  bool begin_idle() { return registry_.begin_idle(id_); }
  void end_idle() { registry_.end_idle(id_); }

 private:
  ConnectionRegistry& registry_;
  ConnectionRegistry::Id id_;
};

// What every connection shares.
struct Shared {
  const ServerOptions& options;
  const Site& site;
  asio::io_context& io;
  asio::thread_pool& workers;
  ConnectionRegistry& connections;
};

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

std::optional<Request> to_request(BeastRequest& message, const std::string& client_address) {
  auto target = parse_target(message.target());
  if (!target) return std::nullopt;
  Request request;
  request.method = std::string(message.method_string());
  request.path = std::move(target->path);
  request.query = std::move(target->query);
  request.cookie = std::string(message[bhttp::field::cookie]);
  request.csrf_token = std::string(message["X-CSRF-Token"]);
  request.content_type = std::string(message[bhttp::field::content_type]);
  request.body = std::move(message.body());
  request.client_address = client_address;
  return request;
}

BeastResponse to_beast(Response response, unsigned http_version, bool keep_alive) {
  BeastResponse message{static_cast<bhttp::status>(response.status), http_version};
  if (!response.content_type.empty()) {
    message.set(bhttp::field::content_type, response.content_type);
  }
  for (auto& [name, value] : response.headers) message.insert(name, value);
  message.body() = std::move(response.body);
  message.keep_alive(keep_alive);
  message.prepare_payload();
  return message;
}

// A response the server makes on its own, before a request could reach Site.
Response early_problem(const Problem& problem) {
  auto response = problem_response(problem);
  add_standard_headers(response, "/api");
  return response;
}

Response bad_request() { return early_problem(Problem{ProblemKind::invalid, "Yêu cầu HTTP không hợp lệ."}); }

// Runs on a worker thread: Site::handle blocks on SQL and password hashing.
asio::awaitable<Response> handle_on_worker(const Site& site, Request request) {
  co_return site.handle(request);
}

asio::awaitable<Response> answer(BeastRequest& message, const std::string& client, Shared& shared) {
  auto request = to_request(message, client);
  if (!request) co_return bad_request();
  auto started = std::chrono::steady_clock::now();
  auto response = co_await asio::co_spawn(shared.workers, handle_on_worker(shared.site, std::move(*request)),
                                          asio::use_awaitable);
  spdlog::debug(
      "{} {} {} {}µs", message.method_string(), message.target(), response.status,
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started)
          .count());
  co_return response;
}

bool expects_continue(const BeastRequest& message) {
  return beast::iequals(message[bhttp::field::expect], "100-continue");
}

std::string peer_address(const beast::tcp_stream& stream) {
  beast::error_code error;
  auto endpoint = stream.socket().remote_endpoint(error);
  return error ? std::string() : endpoint.address().to_string();
}

// One request read, or the connection is to close after an optional last response.
struct ReadOutcome {
  bool ready = false;
  std::optional<Response> refusal;
};

ReadOutcome refusal_for(const beast::error_code& error) {
  if (error == bhttp::error::body_limit) return {false, early_problem(payload_too_large())};
  // A client that hangs up or times out gets no answer; one that sends garbage does.
  const bool malformed = error.category() == bhttp::make_error_code(bhttp::error::bad_target).category() &&
                         error != bhttp::error::end_of_stream && error != bhttp::error::partial_message;
  if (malformed) return {false, bad_request()};
  return {};
}

asio::awaitable<ReadOutcome> read_request(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                          bhttp::request_parser<bhttp::string_body>& parser,
                                          Registration& registration) {
  auto [error, header_bytes] = co_await bhttp::async_read_header(stream, buffer, parser, use_tuple);
  registration.end_idle();
  if (error) co_return refusal_for(error);
  // Clients such as curl wait for this before sending a large body.
  if (expects_continue(parser.get())) {
    BeastResponse proceed{bhttp::status::continue_, parser.get().version()};
    std::tie(error, std::ignore) = co_await bhttp::async_write(stream, proceed, use_tuple);
    if (error) co_return ReadOutcome{};
  }
  std::tie(error, std::ignore) = co_await bhttp::async_read(stream, buffer, parser, use_tuple);
  if (error) co_return refusal_for(error);
  co_return ReadOutcome{true, std::nullopt};
}

asio::awaitable<void> serve_connection(beast::tcp_stream stream, Shared& shared) {
  Registration registration(shared.connections, stream);
  const auto client = peer_address(stream);
  beast::flat_buffer buffer;
  while (registration.begin_idle()) {
    bhttp::request_parser<bhttp::string_body> parser;
    parser.body_limit(shared.options.body_limit);
    stream.expires_after(shared.options.timeout);
    auto outcome = co_await read_request(stream, buffer, parser, registration);
    if (!outcome.ready) {
      if (outcome.refusal) {
        auto message = to_beast(std::move(*outcome.refusal), 11, false);
        stream.expires_after(shared.options.timeout);
        co_await bhttp::async_write(stream, message, use_tuple);
      }
      break;
    }
    auto& request = parser.get();
    auto keep_alive = request.keep_alive();
    auto response = co_await answer(request, client, shared);
    keep_alive = keep_alive && !shared.connections.stopping();
    auto message = to_beast(std::move(response), request.version(), keep_alive);
    stream.expires_after(shared.options.timeout);
    auto [write_error, written] = co_await bhttp::async_write(stream, message, use_tuple);
    if (write_error || !keep_alive) break;
  }
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

void log_connection_failure(std::exception_ptr failure) {
  if (!failure) return;
  try {
    std::rethrow_exception(failure);
  } catch (const std::exception& error) {
    spdlog::error("HTTP connection failed: {}", error.what());
  } catch (...) {
    spdlog::error("HTTP connection failed with an unknown exception");
  }
}

asio::awaitable<void> accept_connections(tcp::acceptor& acceptor, Shared& shared) {
  while (acceptor.is_open()) {
    auto [error, socket] = co_await acceptor.async_accept(asio::make_strand(shared.io), use_tuple);
    if (error == asio::error::operation_aborted) break;
    if (error) {
      spdlog::warn("accept failed: {}", error.message());
      continue;
    }
    socket.set_option(tcp::no_delay(true), error);
    auto executor = socket.get_executor();
    asio::co_spawn(executor, serve_connection(beast::tcp_stream(std::move(socket)), shared),
                   log_connection_failure);
  }
}

// Start-up failures are fatal and told to the person running `ketnap serve`, in Vietnamese.
[[noreturn]] void cannot_listen(const ServerOptions& options, const beast::error_code& error) {
  std::string why = error == asio::error::address_in_use ? "cổng đang được một chương trình khác sử dụng"
                    : error == asio::error::access_denied ? "không đủ quyền (cổng dưới 1024 cần quyền root)"
                    : error == boost::system::errc::address_not_available ? "địa chỉ không thuộc máy này"
                    : error.message();
  throw std::runtime_error(fmt::format("Không mở được {}:{} để phục vụ: {}.", options.host, options.port, why));
}

tcp::endpoint resolve(asio::io_context& io, const ServerOptions& options) {
  tcp::resolver resolver(io);
  beast::error_code error;
  auto results = resolver.resolve(options.host, std::to_string(options.port), tcp::resolver::passive, error);
  if (error || results.empty())
    throw std::runtime_error(fmt::format("Không tìm thấy địa chỉ \"{}\" để phục vụ.", options.host));
  return results.begin()->endpoint();
}

void open_listening(tcp::acceptor& acceptor, const tcp::endpoint& endpoint, const ServerOptions& options) {
  beast::error_code error;
  acceptor.open(endpoint.protocol(), error);
  if (!error) acceptor.set_option(asio::socket_base::reuse_address(true), error);
  if (!error) acceptor.bind(endpoint, error);
  if (!error) acceptor.listen(asio::socket_base::max_listen_connections, error);
  if (error) cannot_listen(options, error);
}

// First signal: stop accepting and let the connections finish; second: stop at once.
void on_signals(asio::signal_set& signals, tcp::acceptor& acceptor, Shared& shared) {
  signals.async_wait([&](const beast::error_code& error, int) {
    if (error) return;
    spdlog::info("Đang dừng máy chủ: chờ các yêu cầu đang xử lý hoàn tất...");
    beast::error_code ignored;
    acceptor.close(ignored);
    signals.async_wait([&](const beast::error_code& again, int) {
      if (!again) shared.io.stop();
    });
    shared.connections.stop([&] { asio::post(signals.get_executor(), [&] { signals.cancel(); }); });
  });
}

}  // namespace

void serve(app::Service& service, const ServerOptions& options,
           std::function<void(unsigned short)> on_listening) {
  // Declared before the I/O context: suspended connections still refer to these when the
  // context is destroyed.
  Site site(service, options);
  ConnectionRegistry connections;
  asio::thread_pool workers(static_cast<std::size_t>(std::max(1, options.worker_threads)));
  const int io_threads = std::max(1, options.io_threads);
  asio::io_context io(io_threads);
  Shared shared{options, site, io, workers, connections};

  // The acceptor and the signals share one strand: a signal may arrive on any I/O thread.
  auto control = asio::make_strand(io);
  tcp::acceptor acceptor(control);
  open_listening(acceptor, resolve(io, options), options);
  asio::signal_set signals(control, SIGINT, SIGTERM);
  on_signals(signals, acceptor, shared);
  asio::co_spawn(control, accept_connections(acceptor, shared), log_connection_failure);

  const auto port = acceptor.local_endpoint().port();
  if (on_listening) on_listening(port);

  std::vector<std::jthread> extra_io_threads;
  for (int i = 1; i < io_threads; ++i) extra_io_threads.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : extra_io_threads) thread.join();
  connections.forget_drained();
  workers.join();
  spdlog::info("Máy chủ đã dừng.");
}

}  // namespace ketnap::http
