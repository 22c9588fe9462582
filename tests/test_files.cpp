#include "test_files.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace rehearse::test {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    REQUIRE(out.good());
}

}  // namespace rehearse::test
