# Makefile - builds libvudong.a (sim/), the vudong program (tui/), the tests and the benchmark.
# make | make run | make test | make asan | make bench | make install | make clean   (V=1: full commands)

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
CC        ?= cc
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
ifeq ($(WERROR),1)
WARN      += -Werror
endif
BUILD     ?= build
.DEFAULT_GOAL := all
ALL_CFLAGS = $(WARN) $(CFLAGS) -pthread -D_POSIX_C_SOURCE=200809L -DVUDONG_VERSION='"$(VERSION)"' \
             -DVUDONG_DATADIR='"$(PREFIX)/share/vudong"' \
             -MMD -MP $(call folder_flags,$(<D)) $(PKG_CFLAGS) $(EXTRA_CFLAGS)

# The house (README "Layout"): each folder compiles with the include paths of the folders it
# may use and nothing else, so a header from a forbidden folder is a compile error. Folders
# that must not draw get tools/poison/curses first on the path (its curses.h is an #error);
# the model and the studies get tools/poison/no_io.h forced in (files, printing, exit and the
# environment are poisoned identifiers). tools/check-house.sh checks the same rules by grep.
SIM_BASE     := sim/base
SIM_FILES    := sim/base sim/files
SIM_MODEL    := sim/base sim/model
SIM_SCENARIO := sim/base sim/files sim/model sim/scenario
SIM_STUDY    := sim/base sim/model sim/study
SIM_REPORT   := sim/base sim/files sim/model sim/scenario sim/study sim/report
SIM_ALL      := sim/base sim/files sim/model sim/scenario sim/study sim/report
TUI_CORE     := $(SIM_ALL) tui/core
TUI_TERM     := $(SIM_ALL) tui/core tui/term
TUI_SCREENS  := $(SIM_ALL) tui/core tui/term tui/screens
TUI_CLI      := $(SIM_ALL) tui/core tui/term tui/cli
TESTS_ALL    := $(SIM_ALL) tui/core tui/term tui/screens tui/cli
NO_CURSES    := -Itools/poison/curses
NO_IO        := -include tools/poison/no_io.h
folder_incs   = $(or $(firstword $(foreach f,sim/base:SIM_BASE sim/files:SIM_FILES sim/model:SIM_MODEL \
                  sim/scenario:SIM_SCENARIO sim/study:SIM_STUDY sim/report:SIM_REPORT tui/core:TUI_CORE \
                  tui/term:TUI_TERM tui/screens:TUI_SCREENS tui/cli:TUI_CLI,$(if $(filter $(word 1,$(subst :, ,$(f))),$(1)),$(word 2,$(subst :, ,$(f)))))),TESTS_ALL)
folder_poison = $(if $(filter sim/% tui/core tui/cli $(BUILD)%,$(1)),$(NO_CURSES)) \
                $(if $(filter sim/model sim/study sim/base,$(1)),$(NO_IO))
folder_flags  = $(call folder_poison,$(1)) $(addprefix -I,$($(call folder_incs,$(1))))

ifeq ($(V),1)
Q :=
else
Q := @
endif

# Library flags come from pkg-config, after tools/deps.sh made sure the packages are there.
NO_CONFIG_GOALS := clean help uninstall
ifneq ($(filter-out $(NO_CONFIG_GOALS),$(or $(MAKECMDGOALS),all)),)
include $(BUILD)/config.mk
endif
# `make test` asks for tmux too, so a user without root is told every package at once.
$(BUILD)/config.mk: tools/deps.sh Makefile
	$(Q)VUDONG_WITH_TMUX=$(if $(filter test,$(MAKECMDGOALS)),1,0) tools/deps.sh
	$(Q)mkdir -p $(BUILD)
	$(Q){ echo "PKG_CFLAGS := $$(pkg-config --cflags ncursesw yaml-0.1 cunit pangocairo cairo-pdf cairo-svg cairo-png fontconfig)"; \
	     echo "LIBS_SIM := $$(pkg-config --libs yaml-0.1 pangocairo cairo-pdf cairo-svg cairo-png fontconfig) -lm -pthread"; \
	     echo "LIBS_TUI := $$(pkg-config --libs ncursesw)"; \
	     echo "LIBS_CUNIT := $$(pkg-config --libs cunit)"; } > $@

SIM_SRC   := $(sort $(wildcard sim/*/*.c)) $(BUILD)/builtin_scenario.c
TUI_SRC   := $(filter-out tui/cli/main.c,$(sort $(wildcard tui/*/*.c))) $(BUILD)/builtin_story.c
TEST_SRC  := $(sort $(wildcard tests/test_*.c)) tests/runner.c
SIM_OBJ   := $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(SIM_SRC)))
TUI_OBJ   := $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(TUI_SRC)))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/%.o)

LIBSIM    := $(BUILD)/libvudong.a
LIBTUI    := $(BUILD)/libvudongtui.a
PROGRAM   := vudong
UNIT      := $(BUILD)/unit-tests
# Every tests/bench/bench*.c is its own benchmark program, run by `make bench`.
BENCH     := $(patsubst tests/bench/%.c,$(BUILD)/%,$(sort $(wildcard tests/bench/bench*.c)))

.PHONY: all run test unit asan valgrind bench install uninstall clean help
all: $(PROGRAM)

$(BUILD)/builtin_scenario.c: scenarios/binh-lieu-2020.yaml tools/embed.sh
	$(Q)mkdir -p $(@D)
	$(Q)tools/embed.sh builtin_scenario_yaml $< > $@.tmp && mv $@.tmp $@

$(BUILD)/builtin_scenario.o: $(BUILD)/builtin_scenario.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The built-in guided story (vudong --demo), compiled in like the built-in scenario.
$(BUILD)/builtin_story.c: scenarios/stories/binh-lieu.yaml tools/embed.sh
	$(Q)mkdir -p $(@D)
	$(Q)tools/embed.sh builtin_story_yaml $< > $@.tmp && mv $@.tmp $@

$(BUILD)/builtin_story.o: $(BUILD)/builtin_story.c
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.c $(BUILD)/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBSIM): $(SIM_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(LIBTUI): $(TUI_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && $(AR) rcs $@ $^

$(PROGRAM): $(BUILD)/tui/cli/main.o $(LIBTUI) $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_TUI) $(LIBS_SIM)

# The test runner lists every suite a tests/test_*.c file declares with VUDONG_SUITE(name).
$(BUILD)/suites.h: $(sort $(wildcard tests/test_*.c))
	@mkdir -p $(@D)
	$(Q)sed -n 's/^VUDONG_SUITE(\([a-z0-9_]*\)).*/X(\1)/p' $^ > $@.tmp && mv $@.tmp $@
$(BUILD)/tests/runner.o: $(BUILD)/suites.h
$(BUILD)/tests/runner.o: EXTRA_CFLAGS += -I$(BUILD)

$(UNIT): $(TEST_OBJ) $(LIBTUI) $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_CUNIT) $(LIBS_TUI) $(LIBS_SIM)

$(BENCH): $(BUILD)/%: $(BUILD)/tests/bench/%.o $(LIBTUI) $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_TUI) $(LIBS_SIM)

run: $(PROGRAM)
	./$(PROGRAM) $(ARGS)

# Unit tests, the bad-input corpus, the command-line checks, then the interface in tmux.
test: $(PROGRAM) $(UNIT)
	$(Q)VUDONG_WITH_TMUX=1 tools/deps.sh
	$(Q)./$(UNIT)
	$(Q)tests/bad/run.sh ./$(PROGRAM)
	$(Q)for t in tests/cli/*.sh; do [ -e "$$t" ] || continue; sh "$$t" ./$(PROGRAM) || exit 1; done
	$(Q)for t in tests/e2e/*.sh; do [ -x "$$t" ] || continue; "$$t" ./$(PROGRAM) || exit 1; done

unit: $(UNIT)
	$(Q)./$(UNIT)

# AddressSanitizer + UndefinedBehaviorSanitizer build in its own directory, then every test:
# unit, bad input, command line and the interface in tmux.
asan:
	$(Q)$(MAKE) --no-print-directory BUILD=build/asan PROGRAM=build/asan/vudong \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined" build/asan/vudong build/asan/unit-tests
	$(Q)ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 build/asan/unit-tests
	$(Q)ASAN_OPTIONS=detect_leaks=1 tests/bad/run.sh build/asan/vudong
	$(Q)for t in tests/cli/*.sh; do [ -e "$$t" ] || continue; ASAN_OPTIONS=detect_leaks=1 sh "$$t" build/asan/vudong || exit 1; done
	$(Q)for t in tests/e2e/*.sh; do [ -x "$$t" ] || continue; ASAN_OPTIONS=detect_leaks=1 "$$t" build/asan/vudong || exit 1; done

# Under valgrind's memcheck: the unit tests, the bad-input corpus, the command-line tests,
# `check` and `run` (text and CSV) on every shipped scenario, and the scripted interface
# session in tmux on every shipped scenario (tests/valgrind/). No errors, nothing definitely
# or indirectly lost.
valgrind: $(PROGRAM) $(UNIT)
	$(Q)VUDONG_WITH_TMUX=1 tools/deps.sh
	$(Q)valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect ./$(UNIT) >/dev/null
	$(Q)VUDONG=./$(PROGRAM) tests/bad/run.sh tests/valgrind-wrap.sh
	$(Q)for t in tests/cli/*.sh; do VUDONG=./$(PROGRAM) sh "$$t" tests/valgrind-wrap.sh || exit 1; done
	$(Q)tests/valgrind/scenarios.sh ./$(PROGRAM)
	$(Q)tests/valgrind/interface.sh ./$(PROGRAM)
	@echo "valgrind: no memory errors or leaks"

bench: $(PROGRAM) $(BENCH)
	$(Q)for b in $(BENCH); do $$b ./$(PROGRAM) || exit 1; done

install: $(PROGRAM)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/vudong/scenarios/weather $(DESTDIR)$(PREFIX)/share/doc/vudong \
	    $(DESTDIR)$(PREFIX)/share/vudong/scenarios/stories
	install -m 755 $(PROGRAM) $(DESTDIR)$(PREFIX)/bin/vudong
	install -m 644 docs/vudong.1 $(DESTDIR)$(PREFIX)/share/man/man1/vudong.1
	install -m 644 scenarios/*.yaml $(DESTDIR)$(PREFIX)/share/vudong/scenarios/
	install -m 644 scenarios/stories/*.yaml $(DESTDIR)$(PREFIX)/share/vudong/scenarios/stories/
	if ls scenarios/weather/*.csv >/dev/null 2>&1; then \
	    install -m 644 scenarios/weather/*.csv $(DESTDIR)$(PREFIX)/share/vudong/scenarios/weather/; fi
	install -m 644 README.md docs/*.md $(DESTDIR)$(PREFIX)/share/doc/vudong/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/vudong $(DESTDIR)$(PREFIX)/share/man/man1/vudong.1
	rm -rf $(DESTDIR)$(PREFIX)/share/vudong $(DESTDIR)$(PREFIX)/share/doc/vudong

clean:
	rm -rf build $(PROGRAM)

help:
	@echo "make          build ./vudong"
	@echo "make run      build and start the interface on the built-in scenario (ARGS=... to pass more)"
	@echo "make test     build and run every test (unit, bad input, command line, interface in tmux)"
	@echo "make asan     the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
	@echo "make valgrind the tests, every shipped scenario and the interface under valgrind memcheck"
	@echo "make bench    performance measurements (DESIGN §9)"
	@echo "make fuzz     the loader fuzzers with clang libFuzzer (FUZZ_SECONDS=60)"
	@echo "make install  PREFIX=$(PREFIX) DESTDIR=  ;  make clean"

# libFuzzer targets: every tests/fuzz/fuzz_NAME.c, built with clang, ASan and UBSan into
# build/fuzz/ and run FUZZ_SECONDS each by tests/fuzz/run.sh (with tests/fuzz/NAME.dict when
# there is one): seeds from tests/fuzz/corpus/NAME plus the shipped scenarios and tests/bad/
# (copied at run time), new inputs to build/fuzz/corpus/NAME. Any finding fails the run and
# its input is left as build/fuzz/artifacts/NAME-{crash,leak,timeout,oom}-*.
FUZZ_SECONDS ?= 60
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
.PHONY: fuzz fuzz-build
$(FUZZ_NAMES:%=$(BUILD)/fuzz_%): $(BUILD)/%: $(BUILD)/tests/fuzz/%.o $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_SIM)
fuzz-build: $(FUZZ_NAMES:%=$(BUILD)/fuzz_%)
fuzz:
	$(Q)mkdir -p build/fuzz && printf '%s\n' 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);' \
	    'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }' | \
	    clang -fsanitize=fuzzer,address,undefined -x c -o build/fuzz/probe - 2>/dev/null || { \
	    echo "make fuzz needs clang with libFuzzer: sudo apt-get install clang libclang-rt-dev" >&2; exit 1; }
	$(Q)rm -f build/fuzz/probe
	$(Q)$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=fuzzer,address,undefined" fuzz-build
	$(Q)tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_NAMES)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
