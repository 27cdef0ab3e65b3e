// The dossier routes through Site over a Service on a real SQLite file: the JSON shapes,
// how malformed bodies are named (nested profile and step fields, batches), and the 422
// problem with every reason. The rules themselves are tested in core and by tests/api.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <memory>
#include <string>

#include "app/app.hpp"
#include "http/site.hpp"
#include "store/store.hpp"
#include "test_support/site_harness.hpp"

namespace ketnap::http {
namespace {

namespace json = boost::json;

using testing_support::body_of;
using testing_support::SiteHarness;

Date ymd(int y, unsigned m, unsigned d) {
  return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// One database, one chi bộ cơ sở and one login for the suite; each test opens its own dossiers
// (CTest runs every test in a process of its own).
class DossierRoutesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    harness_ = std::make_unique<SiteHarness>();
    service_ = &harness_->service();
    auto system = app::Service::system_caller();
    auto root = service_->create_org(system, {std::nullopt, "Ban Chấp hành Trung ương", OrgType::trung_uong});
    ASSERT_TRUE(root) << root.error().message;
    auto province =
        service_->create_org(system, {root->org.id, "Đảng bộ tỉnh Long An", OrgType::dang_bo_tinh});
    ASSERT_TRUE(province) << province.error().message;
    auto chi_bo = service_->create_org(
        system, {province->org.id, "Chi bộ ấp Bình Hòa", OrgType::chi_bo_co_so, OrgCategory::thon_ban});
    ASSERT_TRUE(chi_bo) << chi_bo.error().message;
    chi_bo_ = chi_bo->org.id;
    harness_->sign_in_officer_of(chi_bo_);
  }

  static void TearDownTestSuite() { harness_.reset(); }

  // A new person of the chi bộ, born 15/03/1990 (CCCD of a man born in 1990 in Long An).
  static PersonId new_person(std::string name = "Nguyễn Văn Hiếu") {
    Person p;
    p.org = chi_bo_;
    p.full_name = std::move(name);
    p.birth_date = ymd(1990, 3, 15);
    p.cccd = fmt::format("080090{:06d}", ++serial_);
    auto created = service_->create_person(app::Service::system_caller(), p);
    EXPECT_TRUE(created) << created.error().message;
    return created ? created->person.id : PersonId{};
  }

  static Response call(std::string method, std::string_view target, const json::value& body = nullptr) {
    return harness_->site().handle(
        harness_->signed_in(std::move(method), target, body.is_null() ? "" : json::serialize(body)));
  }

  static json::object open_body(PersonId who, json::value profile) {
    return {{"person_id", who.value}, {"org_id", chi_bo_.value}, {"profile", std::move(profile)}};
  }

  // A dossier opened for a new person in the chi bộ; its id.
  static std::int64_t new_dossier(std::string name = "Nguyễn Văn Hiếu") {
    PersonId who = new_person(std::move(name));
    auto response = call("POST", "/api/v1/dossiers", open_body(who, json::object{{"education", "thpt"}}));
    EXPECT_EQ(response.status, 201) << response.body;
    return response.status == 201 ? body_of(response).at("id").as_int64() : 0;
  }

  static std::string path_of(std::int64_t dossier, std::string_view tail = {}) {
    return fmt::format("/api/v1/dossiers/{}{}", dossier, tail);
  }

  static void expect_invalid(const Response& response, std::string_view field) {
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_EQ(response.content_type, "application/problem+json");
    auto body = body_of(response);
    const auto* named = body.if_contains("field");
    ASSERT_TRUE(named && named->is_string()) << response.body;
    EXPECT_EQ(named->as_string(), field) << response.body;
  }

  static inline std::unique_ptr<SiteHarness> harness_;
  static inline app::Service* service_ = nullptr;
  static inline OrgId chi_bo_;
  static inline int serial_ = 0;
};

TEST_F(DossierRoutesTest, OpenedDossierHasTheViewShape) {
  auto view = body_of(call("GET", path_of(new_dossier("Nguyễn Văn Hiếu"))));
  for (std::string_view key : {"id", "person_id", "person_name", "org_id", "org_name", "stage", "stage_label",
                               "open", "next", "version", "profile", "steps", "notes", "verdict", "as_of"})
    EXPECT_TRUE(view.contains(key)) << key;
  EXPECT_EQ(view.at("person_name"), "Nguyễn Văn Hiếu");
  EXPECT_EQ(view.at("org_name"), "Chi bộ ấp Bình Hòa");
  EXPECT_EQ(view.at("stage"), "moi");
  EXPECT_EQ(view.at("stage_label"), "Mới lập hồ sơ");
  EXPECT_EQ(view.at("open"), true);
  EXPECT_EQ(view.at("version"), 1);
  EXPECT_EQ(view.at("profile"), (json::object{{"education", "thpt"},
                                              {"hardship_area", nullptr},
                                              {"religious", nullptr},
                                              {"previous_membership", nullptr}}));
  EXPECT_EQ(view.at("verdict").at("stage_label"), "Mới lập hồ sơ");
  EXPECT_TRUE(view.at("steps").as_array().empty());
  EXPECT_TRUE(view.at("notes").as_array().empty());
}

TEST_F(DossierRoutesTest, RecordedStepCarriesItsDataLabelAndRecorder) {
  auto response = call("POST", path_of(new_dossier(), "/steps"),
                       json::object{{"step", "nguon"}, {"date", "2024-01-08"}, {"number", "01-NQ/CB"}});
  ASSERT_EQ(response.status, 201) << response.body;
  auto view = body_of(response);
  EXPECT_EQ(view.at("stage"), "nguon");
  EXPECT_EQ(view.at("stage_label"), "Tạo nguồn");
  EXPECT_EQ(view.at("version"), 2);
  const auto& step = view.at("steps").at(0).as_object();
  EXPECT_EQ(step.at("step"), "nguon");
  EXPECT_EQ(step.at("step_label"), "Tạo nguồn");
  EXPECT_EQ(step.at("date"), "2024-01-08");
  EXPECT_EQ(step.at("number"), "01-NQ/CB");
  EXPECT_EQ(step.at("recorded_by"), "canbo");
  EXPECT_TRUE(step.at("batch").is_null());
  EXPECT_TRUE(step.at("id").is_int64());
  // The summary's next step is the verdict's first, labelled.
  EXPECT_EQ(view.at("next").at("step"), "chi_bo_de_nghi");
  EXPECT_EQ(view.at("next").at("step_label"), "Chi bộ họp xét, đề nghị kết nạp");
  EXPECT_EQ(view.at("next"), view.at("verdict").at("next").at(0));
}

TEST_F(DossierRoutesTest, RefusalIs422WithEveryReasonAndChangesNothing) {
  auto dossier = new_dossier();
  auto response =
      call("POST", path_of(dossier, "/steps"), json::object{{"step", "le_ket_nap"}, {"date", "2024-02-01"}});
  EXPECT_EQ(response.status, 422) << response.body;
  EXPECT_EQ(response.content_type, "application/problem+json");
  auto body = body_of(response);
  EXPECT_EQ(body.at("code"), "rule");
  EXPECT_EQ(body.at("rule"), "P-13");
  const auto& problems = body.at("problems").as_array();
  ASSERT_EQ(problems.size(), 1u) << response.body;
  EXPECT_EQ(problems[0].at("rule"), "P-13");
  EXPECT_EQ(problems[0].at("step"), "le_ket_nap");
  EXPECT_FALSE(problems[0].at("message").as_string().empty());
  auto view = body_of(call("GET", path_of(dossier)));
  EXPECT_EQ(view.at("version"), 1);
  EXPECT_TRUE(view.at("steps").as_array().empty());
}

TEST_F(DossierRoutesTest, MalformedStepNamesTheField) {
  auto path = path_of(new_dossier(), "/steps");
  expect_invalid(call("POST", path, json::object{{"step", "nguon"}, {"date", "2024-02-30"}}), "date");
  expect_invalid(call("POST", path, json::object{{"step", "nguon"}}), "date");
  expect_invalid(call("POST", path, json::object{{"step", "khong_co"}, {"date", "2024-02-01"}}), "step");
  expect_invalid(call("POST", path,
                      json::object{{"step", "gioi_thieu"},
                                   {"date", "2024-02-01"},
                                   {"introducers", json::array{{{"name", "A"}, {"months_together", "x"}}}}}),
                 "introducers[0].months_together");
  expect_invalid(
      call("POST", path, json::object{{"step", "nguon"}, {"date", "2024-02-01"}, {"version", "1"}}),
      "version");
  auto stale = call("POST", path, json::object{{"step", "nguon"}, {"date", "2024-02-01"}, {"version", 7}});
  EXPECT_EQ(stale.status, 409) << stale.body;
}

TEST_F(DossierRoutesTest, ProfileFieldsAreNamedByTheirPath) {
  PersonId who = new_person();
  auto open_with = [&](json::value profile) {
    return call("POST", "/api/v1/dossiers", open_body(who, profile));
  };
  auto bad_education = open_with(json::object{{"education", "dai_hoc"}});
  expect_invalid(bad_education, "profile.education");
  EXPECT_NE(body_of(bad_education).at("detail").as_string().find("profile.education"), json::string::npos);
  expect_invalid(open_with(json::object{{"previous_membership", {{"reason", "khong_ro"}}}}),
                 "profile.previous_membership.reason");
  expect_invalid(open_with(json::object{{"previous_membership", {{"left_on", "01/05/2019"}}}}),
                 "profile.previous_membership.left_on");
  expect_invalid(open_with(json::object{{"nickname", "x"}}), "profile.nickname");
  expect_invalid(open_with("thpt"), "profile");
  expect_invalid(call("POST", "/api/v1/dossiers", json::object{{"org_id", chi_bo_.value}}), "person_id");
  auto extra = open_body(who, nullptr);
  extra["stage"] = "nguon";
  expect_invalid(call("POST", "/api/v1/dossiers", extra), "stage");
  expect_invalid(call("PATCH", path_of(new_dossier()), json::object{{"version", 1}}), "profile");
}

TEST_F(DossierRoutesTest, PatchReplacesTheProfile) {
  auto path = path_of(new_dossier());
  auto response =
      call("PATCH", path,
           json::object{{"profile",
                         {{"education", "thcs"},
                          {"religious", true},
                          {"previous_membership", {{"left_on", "2019-05-01"}, {"reason", "khai_tru"}}}}},
                        {"version", 1}});
  ASSERT_EQ(response.status, 200) << response.body;
  auto view = body_of(response);
  EXPECT_EQ(view.at("version"), 2);
  EXPECT_EQ(view.at("profile"), (json::object{{"education", "thcs"},
                                              {"hardship_area", nullptr},
                                              {"religious", true},
                                              {"previous_membership",
                                               {{"left_on", "2019-05-01"},
                                                {"reason", "khai_tru"},
                                                {"readmitted_before", false},
                                                {"expunged_on", nullptr}}}}));
  auto stale = call("PATCH", path, json::object{{"profile", json::object{}}, {"version", 1}});
  EXPECT_EQ(stale.status, 409) << stale.body;
}

TEST_F(DossierRoutesTest, BatchRefusalNamesEachDossierById) {
  auto first = new_dossier(), second = new_dossier();
  auto response = call("POST", "/api/v1/batches",
                       json::object{{"dossier_ids", {first, second}},
                                    {"step", {{"step", "le_ket_nap"}, {"date", "2024-02-01"}}}});
  ASSERT_EQ(response.status, 422) << response.body;
  auto body = body_of(response);
  const auto& problems = body.at("problems").as_array();
  ASSERT_EQ(problems.size(), 2u) << response.body;
  EXPECT_EQ(problems[0].at("dossier_id"), first);
  EXPECT_EQ(problems[0].at("step"), "le_ket_nap");
  EXPECT_EQ(problems[0].at("rule"), "P-13");
  EXPECT_EQ(problems[1].at("dossier_id"), second);
}

TEST_F(DossierRoutesTest, BatchIsRecordedOnEveryDossier) {
  auto first = new_dossier(), second = new_dossier();
  auto response = call(
      "POST", "/api/v1/batches",
      json::object{{"dossier_ids", {first, second}}, {"step", {{"step", "nguon"}, {"date", "2024-01-08"}}}});
  ASSERT_EQ(response.status, 201) << response.body;
  auto outcome = body_of(response);
  const auto& dossiers = outcome.at("dossiers").as_array();
  ASSERT_EQ(dossiers.size(), 2u);
  EXPECT_EQ(dossiers[0].at("id"), first);
  EXPECT_EQ(dossiers[1].at("stage"), "nguon");
  auto step = body_of(call("GET", path_of(second))).at("steps").at(0);
  EXPECT_EQ(step.at("batch"), outcome.at("batch"));
}

TEST_F(DossierRoutesTest, MalformedBatchNamesTheField) {
  auto dossier = new_dossier();
  json::object step{{"step", "nguon"}, {"date", "2024-02-01"}};
  auto batch = [](json::object body) { return call("POST", "/api/v1/batches", body); };
  expect_invalid(batch({{"step", step}}), "dossier_ids");
  expect_invalid(batch({{"dossier_ids", json::array{}}, {"step", step}}), "dossier_ids");
  expect_invalid(batch({{"dossier_ids", {dossier, 0}}, {"step", step}}), "dossier_ids[1]");
  expect_invalid(batch({{"dossier_ids", {dossier, dossier}}, {"step", step}}), "dossier_ids[1]");
  expect_invalid(batch({{"dossier_ids", {dossier}}}), "step");
  expect_invalid(batch({{"dossier_ids", {dossier}}, {"step", {{"step", "nguon"}}}}), "step.date");
  expect_invalid(batch({{"dossier_ids", {dossier}}, {"step", step}, {"x", 1}}), "x");
  EXPECT_EQ(batch({{"dossier_ids", {dossier, 987654321}}, {"step", step}}).status, 404);
}

TEST_F(DossierRoutesTest, NotesComeBackInMeetingOrder) {
  auto notes = path_of(new_dossier(), "/notes");
  auto march = call("POST", notes,
                    json::object{{"meeting_on", "2024-03-05"}, {"helper", "Lê Văn Tám"}, {"note", "Tốt."}});
  ASSERT_EQ(march.status, 201) << march.body;
  EXPECT_EQ(body_of(march).at("recorded_by"), "canbo");
  call("POST", notes,
       json::object{{"meeting_on", "2024-02-05"}, {"helper", "Lê Văn Tám"}, {"note", "Tiến bộ."}});
  expect_invalid(call("POST", notes, json::object{{"helper", "Lê Văn Tám"}, {"note", "Tiến bộ."}}),
                 "meeting_on");
  auto view = body_of(call("GET", notes.substr(0, notes.size() - std::string_view("/notes").size())));
  const auto& listed = view.at("notes").as_array();
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].at("meeting_on"), "2024-02-05");
  EXPECT_EQ(listed[1].at("meeting_on"), "2024-03-05");
}

TEST_F(DossierRoutesTest, StatsListEveryStageInPipelineOrder) {
  auto before = body_of(call("GET", "/api/v1/stats/pipeline"));
  new_dossier();
  auto response = call("GET", "/api/v1/stats/pipeline");
  ASSERT_EQ(response.status, 200) << response.body;
  auto stats = body_of(response);
  EXPECT_EQ(stats.at("org_id"), chi_bo_.value);
  const auto& stages = stats.at("stages").as_array();
  ASSERT_EQ(stages.size(), 22u);
  EXPECT_EQ(stages[0].at("stage"), "moi");
  EXPECT_EQ(stages[0].at("label"), "Mới lập hồ sơ");
  EXPECT_EQ(stages[0].at("count").as_int64(), before.at("stages").at(0).at("count").as_int64() + 1);
  EXPECT_EQ(stages[1].at("stage"), "nguon");
  EXPECT_EQ(stages[21].at("stage"), "rut_ho_so");
  EXPECT_EQ(stats.at("open").as_int64(), before.at("open").as_int64() + 1);
}

TEST_F(DossierRoutesTest, ListFiltersByStageAndOpen) {
  auto dossier = new_dossier("Phạm Thị Lọc Lừa");
  ASSERT_EQ(call("POST", path_of(dossier, "/steps"), json::object{{"step", "nguon"}, {"date", "2024-01-08"}})
                .status,
            201);
  auto found = body_of(call("GET", "/api/v1/dossiers?open=true&stage=nguon&q=loc%20lua"));
  ASSERT_EQ(found.at("total"), 1) << json::serialize(found);
  EXPECT_EQ(found.at("items").at(0).at("id"), dossier);
  EXPECT_EQ(body_of(call("GET", "/api/v1/dossiers?open=false&q=loc%20lua")).at("total"), 0);
}

TEST_F(DossierRoutesTest, BadQueryParametersAreNamed) {
  expect_invalid(call("GET", "/api/v1/dossiers?stage=khong_co"), "stage");
  expect_invalid(call("GET", "/api/v1/dossiers?open=co"), "open");
  expect_invalid(call("GET", "/api/v1/dossiers?page_size=0"), "page_size");
  expect_invalid(call("GET", "/api/v1/worklist?as_of=2024-13-01"), "as_of");
  expect_invalid(call("GET", "/api/v1/stats/pipeline?org=abc"), "org");
  expect_invalid(call("GET", path_of(new_dossier()) + "?as_of=hom-nay"), "as_of");
}

TEST_F(DossierRoutesTest, UnknownDossierIs404) {
  EXPECT_EQ(call("GET", "/api/v1/dossiers/987654321").status, 404);
  EXPECT_EQ(call("GET", "/api/v1/dossiers/abc").status, 404);
  EXPECT_EQ(call("POST", "/api/v1/dossiers/987654321/steps",
                 json::object{{"step", "nguon"}, {"date", "2024-01-08"}})
                .status,
            404);
}

}  // namespace
}  // namespace ketnap::http
