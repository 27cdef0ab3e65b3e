#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include "test_support/temp_dir.hpp"

#include <filesystem>
#include <fstream>

namespace ketnap::http {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& file, std::string_view content) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

// A web root with an index, one asset, and a secret file beside (outside) the root.
class StaticFiles : public testing::Test {
 protected:
  void SetUp() override {
    root_ = base_ / "web";
    write_file(root_ / "index.html", "<html>index</html>");
    write_file(root_ / "assets" / "app.js", "console.log(1);");
    write_file(base_ / "secret.txt", "secret");
  }

  Response get(std::string path) const {
    Request request;
    request.method = "GET";
    request.path = std::move(path);
    return serve_static(root_.string(), request);
  }

  testing_support::TempDir temp_;
  fs::path base_ = temp_.path();
  fs::path root_;
};

TEST_F(StaticFiles, RootAnswersTheIndex) {
  auto response = get("/");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(response.body, "<html>index</html>");
}

TEST_F(StaticFiles, AssetIsServedWithItsType) {
  auto response = get("/assets/app.js");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(response.body, "console.log(1);");
}

TEST_F(StaticFiles, ClientRouteFallsBackToTheIndex) {
  auto response = get("/to-chuc/12");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "<html>index</html>");
}

TEST_F(StaticFiles, MissingAssetIs404) { EXPECT_EQ(get("/assets/missing.js").status, 404); }

TEST_F(StaticFiles, DotDotNeverLeavesTheRoot) {
  for (auto path : {"/../secret.txt", "/assets/../../secret.txt", "/..", "/./index.html"}) {
    auto response = get(path);
    EXPECT_NE(response.body, "secret") << path;
    EXPECT_EQ(response.status, 404) << path;
  }
}

TEST_F(StaticFiles, SymbolicLinkOutOfTheRootIsNotFollowed) {
  fs::create_symlink(base_ / "secret.txt", root_ / "leak.txt");
  auto response = get("/leak.txt");
  EXPECT_EQ(response.status, 404);
  EXPECT_NE(response.body, "secret");
}

TEST_F(StaticFiles, OnlyGetIsAllowed) {
  Request request;
  request.method = "POST";
  request.path = "/";
  EXPECT_EQ(serve_static(root_.string(), request).status, 405);
}

TEST(StaticFilesWithoutRoot, SaysTheWebUiIsComing) {
  Request request;
  request.method = "GET";
  request.path = "/";
  for (std::string root : {"", "/nonexistent/ketnap-web"}) {
    auto response = serve_static(root, request);
    EXPECT_EQ(response.status, 200);
    EXPECT_NE(response.body.find("Giao diện web đang được xây dựng; API tại"), std::string::npos);
  }
}

TEST(ContentType, KnowsTheWebUiFileTypes) {
  EXPECT_EQ(content_type_for("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_for("logo.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("logo.png"), "image/png");
  EXPECT_EQ(content_type_for("data.json"), "application/json");
  EXPECT_EQ(content_type_for("font.woff2"), "font/woff2");
  EXPECT_EQ(content_type_for("blob.bin"), "application/octet-stream");
}

}  // namespace
}  // namespace ketnap::http
