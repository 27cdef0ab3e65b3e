#include "app/password.hpp"

#include <gtest/gtest.h>

namespace ketnap::app {
namespace {

TEST(Password, HashIsArgon2idString) {
  std::string hash = hash_password("Mật khẩu 123");
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
}

TEST(Password, VerifiesTheRightPasswordOnly) {
  std::string hash = hash_password("Mật khẩu 123");
  EXPECT_TRUE(verify_password(hash, "Mật khẩu 123"));
  EXPECT_FALSE(verify_password(hash, "Mật khẩu 124"));
  EXPECT_FALSE(verify_password(hash, ""));
}

TEST(Password, SamePasswordHashesDifferently) {
  std::string first = hash_password("bimat");
  std::string second = hash_password("bimat");
  EXPECT_NE(first, second);
  EXPECT_TRUE(verify_password(first, "bimat"));
  EXPECT_TRUE(verify_password(second, "bimat"));
}

TEST(Password, MalformedHashNeverVerifies) {
  EXPECT_FALSE(verify_password("", "bimat"));
  EXPECT_FALSE(verify_password("bimat", "bimat"));
  EXPECT_FALSE(verify_password("$argon2id$v=19$garbage", "bimat"));
  EXPECT_FALSE(verify_password(std::string(1000, '$'), "bimat"));
}

TEST(Token, RandomTokensDifferAndAreUrlSafe) {
  std::string first = random_token();
  std::string second = random_token();
  EXPECT_NE(first, second);
  EXPECT_EQ(first.size(), 43u);  // 32 bytes in unpadded base64
  EXPECT_EQ(first.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos)
      << first;
}

TEST(Token, LengthFollowsRequestedBytes) {
  EXPECT_EQ(random_token(16).size(), 22u);
  EXPECT_EQ(random_token(3).size(), 4u);
}

TEST(Token, DigestIsStableHex) {
  std::string digest = token_digest("abc");
  EXPECT_EQ(digest.size(), 64u);
  EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(digest, token_digest("abc"));
  EXPECT_NE(digest, token_digest("abd"));
}

TEST(ConstantTimeEqual, ComparesContentAndLength) {
  EXPECT_TRUE(constant_time_equal("abc", "abc"));
  EXPECT_TRUE(constant_time_equal("", ""));
  EXPECT_FALSE(constant_time_equal("abc", "abd"));
  EXPECT_FALSE(constant_time_equal("abc", "abcd"));
}

}  // namespace
}  // namespace ketnap::app
