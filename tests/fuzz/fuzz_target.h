// What every fuzz target here provides: libFuzzer's entry points, and a way
// to fail.  Each target is an ordinary function, so the same code runs
// under libFuzzer (scripts/fuzz.sh, clang with sanitizers) and under
// replay_main.cc in every test run, over the inputs kept in corpus/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace minutes::fuzz {

/// A broken property, not a crash: says which and aborts, so that libFuzzer
/// keeps the input and a replay fails.
[[noreturn]] void fail(std::string_view property, std::string_view detail);

}  // namespace minutes::fuzz
