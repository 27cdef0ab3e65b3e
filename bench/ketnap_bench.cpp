// Benchmarks of what officers wait for, on the demo data set (712 organizations, ~9,700
// people, 345 dossiers) in a SQLite file of its own. Google Benchmark prints the table:
//   make bench            (or build/ketnap_bench --benchmark_min_time=0.5)
// Figures go into the closing notes; tests never assert timings.
#include <benchmark/benchmark.h>

#include <memory>
#include <stdexcept>

#include "app/demo.hpp"
#include "app/dossiers.hpp"
#include "core/calendar.hpp"
#include "store/store.hpp"
#include "test_support/temp_dir.hpp"

namespace ketnap {
namespace {

// The demo, loaded once for every benchmark of the run.
struct DemoWorld {
  testing_support::TempDir dir;
  std::unique_ptr<store::Database> db = store::open_sqlite(dir.file("bench.db"));
  std::unique_ptr<app::Service> service;
  std::unique_ptr<app::Dossiers> dossiers;
  Caller root = app::Service::system_caller();
  OrgId root_org;
  app::DossierId some_dossier;

  DemoWorld() {
    store::migrate(*db);
    service = std::make_unique<app::Service>(*db);
    dossiers = std::make_unique<app::Dossiers>(*service);
    if (auto loaded = app::load_demo(*service); !loaded) throw std::runtime_error(loaded.error().message);
    auto tree = service->list_orgs(root, {.type = OrgType::trung_uong, .page = {1, 1}});
    if (!tree || tree->items.empty()) throw std::runtime_error("no root in the demo");
    root_org = tree->items.front().org.id;
    auto list = dossiers->list(root, {.stage = "chi_bo_xet_chinh_thuc", .page = {1, 1}});
    if (!list || list->items.empty()) throw std::runtime_error("no dossier in the demo");
    some_dossier = list->items.front().id;
  }

  static DemoWorld& get() {
    static DemoWorld world;
    return world;
  }
};

const Date demo_today{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};

void BM_PeopleSearchWholeTree(benchmark::State& state) {
  auto& w = DemoWorld::get();
  for (auto _ : state) {
    auto page = w.service->list_people(w.root, {.q = "nguyen van", .page = {1, 20}});
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_PeopleSearchWholeTree)->Unit(benchmark::kMillisecond);

void BM_WorklistWholeTree(benchmark::State& state) {
  auto& w = DemoWorld::get();
  for (auto _ : state) {
    auto items = w.dossiers->worklist(w.root, std::nullopt, demo_today);
    benchmark::DoNotOptimize(items);
  }
}
BENCHMARK(BM_WorklistWholeTree)->Unit(benchmark::kMillisecond);

void BM_DossierWithVerdict(benchmark::State& state) {
  auto& w = DemoWorld::get();
  for (auto _ : state) {
    auto view = w.dossiers->get(w.root, w.some_dossier, demo_today);
    benchmark::DoNotOptimize(view);
  }
}
BENCHMARK(BM_DossierWithVerdict)->Unit(benchmark::kMicrosecond);

void BM_PipelineStatsWholeTree(benchmark::State& state) {
  auto& w = DemoWorld::get();
  for (auto _ : state) {
    auto stats = w.dossiers->stats(w.root, std::nullopt);
    benchmark::DoNotOptimize(stats);
  }
}
BENCHMARK(BM_PipelineStatsWholeTree)->Unit(benchmark::kMillisecond);

void BM_OrgCountsOfTheRoot(benchmark::State& state) {
  auto& w = DemoWorld::get();
  for (auto _ : state) {
    auto view = w.service->get_org(w.root, w.root_org, demo_today);
    benchmark::DoNotOptimize(view);
  }
}
BENCHMARK(BM_OrgCountsOfTheRoot)->Unit(benchmark::kMillisecond);

void BM_SixtyWorkingDaysAcrossTet(benchmark::State& state) {
  const WorkCalendar& calendar = default_calendar();
  const Date chi_bo_meeting{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{20}};
  for (auto _ : state) benchmark::DoNotOptimize(calendar.add_working_days(chi_bo_meeting, 60));
}
BENCHMARK(BM_SixtyWorkingDaysAcrossTet)->Unit(benchmark::kNanosecond);

}  // namespace
}  // namespace ketnap

BENCHMARK_MAIN();
