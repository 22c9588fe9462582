// Catch2 provides main(); compiled once, here, so the test files stay quick to rebuild.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
