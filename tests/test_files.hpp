// Reading and writing whole files in tests: fixtures, golden files, answers.
#pragma once

#include <string>

namespace rehearse::test {

// The file's bytes; empty when it cannot be read.
std::string readAll(const std::string& path);
// Replaces the file's content; the write must succeed.
void writeAll(const std::string& path, const std::string& content);

}  // namespace rehearse::test
