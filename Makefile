# The two commands of the README: `make run` and `make test`. Each installs what is
# missing and builds first.
BUILD  ?= build
DB     ?= data/ketnap.db
LISTEN ?= 127.0.0.1:8080
JOBS   ?= $(shell nproc)

.PHONY: all deps configure build run test clean

all: build

deps:
	@bash scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@mkdir -p $(dir $(DB))
	@$(BUILD)/ketnap demo --db $(DB)
	@$(BUILD)/ketnap serve --db $(DB) --listen $(LISTEN) --web web/dist

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD)
