// Demo data: the organizations of the five seed articles (shared/seeds/), rebuilt as far as
// the articles allow, with fictional people where the articles name nobody, and a handful
// of accounts to log in with.
//
// load_demo writes everything through Writer (create_org, create_person, add_membership,
// add_user) in ONE transaction, so every record is validated and audited like a user's, and
// a failure leaves nothing behind. It is deterministic: the same seeded generator gives the
// same people on every run. Loading into a database that already holds the demo (its root
// "Ban Chấp hành Trung ương" exists) changes nothing.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "app/app.hpp"

namespace ketnap::app {

struct DemoSummary {
  bool already_loaded = false;
  int orgs = 0;
  int people = 0;
  int members = 0;
  int users = 0;
  int dossiers = 0;
};

Result<DemoSummary> load_demo(Service& service);

namespace demo_detail {
// The classes the seed articles count, whose admissions the demo records as whole dossiers
// rather than as bare memberships (issue 3, item 11).
enum class HistoricClass {
  quang_ninh_class_of_90,  // seed 002: 198 trained, 115 admitted in early 2020
  nghia_lo_hospital,       // seed 003: 75 trained, 32 admitted over the 2015–2020 term
};
inline constexpr int class_of_90_trained = 198;
inline constexpr int hospital_trained = 75;

// One of those admissions: demo.cpp creates the person without a membership; the ceremony
// of their dossier makes them a member on that day.
struct AdmissionByDossier {
  HistoricClass of;
  PersonId person;
  OrgId chi_bo;
  Date ceremony;
};
}  // namespace demo_detail

// The demo's dossiers (demo_dossiers.cpp): the historic classes' journeys and candidates at
// every stage as of 23/11/2026, each step recorded through Dossiers and judged by the rules;
// returns the dossiers opened, the people created for them and the members their ceremonies
// made. load_demo calls it once, after its own transaction, when it loads the demo.
Result<DemoSummary> load_demo_dossiers(Service& service,
                                       std::span<const demo_detail::AdmissionByDossier> admissions);

// Every demo account has this password; it is printed by `ketnap demo` and is not a secret.
inline constexpr std::string_view demo_password = "ketnap-demo";

struct DemoAccount {
  std::string_view username;
  Role role;
  std::string_view org_name;  // the organization the account is bound to
  std::string_view full_name;
};

std::span<const DemoAccount> demo_accounts();

// ---- internal to demo.cpp, demo_names.cpp and demo_test.cpp: not part of the API ---------
namespace demo_detail {

// One ethnicity and its weight in a population mix.
struct EthnicShare {
  std::string_view ethnicity;
  int weight;
};

// Where people of a group come from: the province (its CCCD code and place names).
struct Province {
  std::string_view name;                        // "tỉnh Long An"
  std::string_view cccd_code;                   // "080"
  std::span<const std::string_view> districts;  // "huyện Bến Lức", "thành phố Tân An"
  bool south = false;                           // Huỳnh/Võ rather than Hoàng/Vũ
};

// Deterministic source of everything random in the demo: names, dates, CCCD numbers.
class PeopleFactory {
 public:
  explicit PeopleFactory(unsigned seed);
  PeopleFactory(const PeopleFactory&) = delete;
  PeopleFactory& operator=(const PeopleFactory&) = delete;
  ~PeopleFactory();

  int uniform(int lo, int hi);  // inclusive
  bool chance(double p);
  Date date_between(Date lo, Date hi);  // inclusive
  std::string_view pick(std::span<const std::string_view> items);
  std::string_view ethnicity(std::span<const EthnicShare> mix);

  // A full name typical of the ethnicity ("Kinh", "Thái", "Tày", "Mường", "Dao", "Mông",
  // "Sán Dìu", "Giáy"); never one of the names reserved for people the articles name.
  std::string full_name(Gender gender, std::string_view ethnicity, bool south);
  void reserve_name(std::string_view full_name);
  // A CCCD no other demo person has, agreeing with province, gender and birth year.
  std::string cccd(std::string_view province_code, Gender gender, Date birth_date);
  std::string mobile_phone();
  // A Thái-style village name ("Nà Sang"), different on every call.
  std::string village_name();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace demo_detail
}  // namespace ketnap::app
