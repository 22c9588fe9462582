// The libFuzzer side of one target: REHEARSE_FUZZ_TARGET names the entry
// point in targets/ (CMakeLists.txt builds this file once per target).
#include "targets/fuzz_targets.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const rehearse::fuzz::Target* target = [] {
        const rehearse::fuzz::Target* found = rehearse::fuzz::findTarget(REHEARSE_FUZZ_TARGET);
        if (!found) {
            std::fprintf(stderr, "no fuzz target named %s\n", REHEARSE_FUZZ_TARGET);
            std::abort();
        }
        return found;
    }();
    return target->run(data, size);
}
