// Passwords and session tokens, on libsodium.
// Passwords are stored only as Argon2id hashes; session tokens are random and stored only as
// their digest, so a leaked database opens no account and no session.
// Thread-safe: every function may be called from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ketnap::app {

// An Argon2id hash in the self-describing "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form,
// salted at random: hashing the same password twice gives two different strings.
// Slow on purpose (interactive limits: ~64 MiB, a fraction of a second); run it off I/O threads.
std::string hash_password(std::string_view password);

// True when `password` matches `stored_hash`; false also for a malformed hash.
bool verify_password(std::string_view stored_hash, std::string_view password);

// `bytes` random bytes as unpadded base64url: safe in cookies and URLs without escaping.
std::string random_token(std::size_t bytes = 32);

// BLAKE2b-256 digest of a token, as 64 lower-case hex digits: what the store keeps.
std::string token_digest(std::string_view token);

// Equality in time independent of where the strings differ (for CSRF tokens and digests).
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace ketnap::app
