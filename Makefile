# The two commands of the README: `make run` and `make test`. Each installs what is
# missing and builds first.
BUILD  ?= build
DB     ?= data/ketnap.db
LISTEN ?= 127.0.0.1:8080
JOBS   ?= $(shell nproc)

.PHONY: all deps configure build web run test bench clean

all: build

deps:
	@bash scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null

build: configure web
	@cmake --build $(BUILD) -j $(JOBS)

# The web UI: `npm ci` when web/node_modules is missing or older than the lock file,
# `npm run build` (type check + Vite) into web/dist when a source changed.
WEB_SOURCES := $(shell find web/src -type f 2>/dev/null) web/index.html web/vite.config.ts web/tsconfig.json web/package.json

web: web/dist/.build-stamp

# A registry connection that stalls (ERR_SOCKET_TIMEOUT) fails the whole `npm ci`, so it is
# tried up to three times; npm retries single downloads itself.
web/node_modules/.package-lock.json: web/package-lock.json | deps
	@cd web && for attempt in 1 2 3; do \
	  npm ci --no-audit --no-fund --fetch-retries=5 --fetch-retry-maxtimeout=60000 && break; \
	  if [ $$attempt = 3 ]; then exit 1; fi; \
	  echo "npm ci không xong (lần $$attempt), thử lại sau 10 giây…"; sleep 10; \
	done
	@touch $@

web/dist/.build-stamp: web/node_modules/.package-lock.json $(WEB_SOURCES)
	@cd web && npm run build --silent
	@touch $@

run: build
	@mkdir -p $(dir $(DB))
	@$(BUILD)/ketnap demo --db $(DB)
	@$(BUILD)/ketnap serve --db $(DB) --listen $(LISTEN) --web web/dist

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Timings on the demo data set, printed as a table (figures for the closing notes).
bench: build
	@$(BUILD)/ketnap_bench --benchmark_min_time=0.5

clean:
	rm -rf $(BUILD) web/dist
