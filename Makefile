# Makefile - builds libvudong.a (sim/), the drawing library vudong-draw.so (the PDF, pictures
# and workbooks, loaded on demand: sim/files/draw_lib.h), the vudong program (tui/), the tests
# and the benchmark.
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
DATADIR    = $(PREFIX)/share/vudong
ALL_CFLAGS = $(WARN) $(CFLAGS) -fPIC -pthread -D_POSIX_C_SOURCE=200809L -DVUDONG_VERSION='"$(VERSION)"' \
             -DVUDONG_DATADIR='"$(DATADIR)"' \
             -MMD -MP $(call folder_flags,$(<D)) $(PKG_CFLAGS) $(EXTRA_CFLAGS)

# The house (README "Layout"): each folder compiles with the include paths of the folders it
# may use and nothing else, so a header from a forbidden folder is a compile error. Folders
# that must not draw get tools/poison/curses first on the path (its curses.h is an #error);
# the model and the studies get tools/poison/no_io.h forced in (files, printing, exit and the
# environment are poisoned identifiers). tools/check-house.sh (part of `make test`) checks the
# same rules by grep, reading them from `make -s print-house`, and checks that the compiler
# refuses a forbidden include. A new folder goes in HOUSE with its variable.
SIM_BASE     := sim/base
SIM_FILES    := sim/base sim/files
SIM_MODEL    := sim/base sim/model
SIM_SCENARIO := sim/base sim/files sim/model sim/scenario
SIM_STUDY    := sim/base sim/model sim/study
SIM_REPORT   := sim/base sim/files sim/model sim/scenario sim/study sim/report
# sim/xlsx writes the workbooks (libxlsxwriter writes files itself: the house's one writer
# that does its own I/O, through a temporary file and atomic_write_file; sim/xlsx/xlsx_book.h)
SIM_XLSX     := sim/base sim/files sim/model sim/scenario sim/study sim/report sim/xlsx
SIM_ALL      := sim/base sim/files sim/model sim/scenario sim/study sim/report sim/xlsx
TUI_CORE     := $(SIM_ALL) tui/core
TUI_TERM     := $(SIM_ALL) tui/core tui/term
TUI_SCREENS  := $(SIM_ALL) tui/core tui/term tui/screens
TUI_CLI      := $(SIM_ALL) tui/core tui/term tui/screens tui/cli
TESTS_ALL    := $(SIM_ALL) tui/core tui/term tui/screens tui/cli
NO_CURSES    := -Itools/poison/curses
NO_IO        := -include tools/poison/no_io.h
HOUSE        := sim/base:SIM_BASE sim/files:SIM_FILES sim/model:SIM_MODEL sim/scenario:SIM_SCENARIO \
                sim/study:SIM_STUDY sim/report:SIM_REPORT sim/xlsx:SIM_XLSX tui/core:TUI_CORE tui/term:TUI_TERM \
                tui/screens:TUI_SCREENS tui/cli:TUI_CLI
folder_incs   = $(or $(firstword $(foreach f,$(HOUSE),$(if $(filter $(word 1,$(subst :, ,$(f))),$(1)),$(word 2,$(subst :, ,$(f)))))),TESTS_ALL)
folder_poison = $(if $(filter sim/% tui/core tui/cli $(BUILD)%,$(1)),$(NO_CURSES)) \
                $(if $(filter sim/model sim/study sim/base,$(1)),$(NO_IO))
folder_flags  = $(call folder_poison,$(1)) $(addprefix -I,$($(call folder_incs,$(1))))

ifeq ($(V),1)
Q :=
else
Q := @
endif

# Library flags come from pkg-config, after tools/deps.sh made sure the packages are there.
NO_CONFIG_GOALS := clean help uninstall print-house
ifneq ($(filter-out $(NO_CONFIG_GOALS),$(or $(MAKECMDGOALS),all)),)
include $(BUILD)/config.mk
endif
# `make test` asks for tmux too, so a user without root is told every package at once.
$(BUILD)/config.mk: tools/deps.sh Makefile
	$(Q)VUDONG_WITH_TMUX=$(if $(filter test,$(MAKECMDGOALS)),1,0) tools/deps.sh
	$(Q)mkdir -p $(BUILD)
	$(Q){ echo "PKG_CFLAGS := $$(pkg-config --cflags ncursesw yaml-0.1 cunit xlsxwriter pangocairo cairo-pdf cairo-svg cairo-png fontconfig)"; \
	     echo "LIBS_SIM := $$(pkg-config --libs yaml-0.1) -lm -pthread"; \
	     echo "LIBS_DRAW := $$(pkg-config --libs xlsxwriter pangocairo cairo-pdf cairo-svg cairo-png fontconfig)"; \
	     echo "LIBS_TUI := $$(pkg-config --libs ncursesw)"; \
	     echo "LIBS_CUNIT := $$(pkg-config --libs cunit)"; } > $@

# The two files that call cairo, pango and libxlsxwriter go into vudong-draw.so, not libvudong.a.
DRAW_SRC  := sim/report/report_pdf.c sim/xlsx/xlsx_book.c
SIM_SRC   := $(filter-out $(DRAW_SRC),$(sort $(wildcard sim/*/*.c))) $(BUILD)/builtin_scenario.c \
             $(BUILD)/builtin_stations.c
STATIONS  := langson caobang honggai
TUI_SRC   := $(filter-out tui/cli/main.c,$(sort $(wildcard tui/*/*.c))) $(BUILD)/builtin_story.c
TEST_SRC  := $(sort $(wildcard tests/test_*.c)) tests/runner.c
SIM_OBJ   := $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(SIM_SRC)))
TUI_OBJ   := $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(TUI_SRC)))
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/%.o)
DRAW_OBJ  := $(DRAW_SRC:%.c=$(BUILD)/%.o)

CORE_OBJ  := $(filter $(BUILD)/tui/core/% $(BUILD)/builtin_story.o,$(TUI_OBJ))
CORE_ALONE := $(BUILD)/core-alone

LIBSIM    := $(BUILD)/libvudong.a
LIBTUI    := $(BUILD)/libvudongtui.a
PROGRAM   := vudong
# The drawing library, and its copy next to the program (where the program looks first).
DRAW_LIB  := $(BUILD)/vudong-draw.so
PROGRAM_DRAW := $(patsubst ./%,%,$(dir $(PROGRAM))vudong-draw.so)
UNIT      := $(BUILD)/unit-tests
# Every tests/bench/bench*.c is its own benchmark program, run by `make bench`.
BENCH     := $(patsubst tests/bench/%.c,$(BUILD)/%,$(sort $(wildcard tests/bench/bench*.c)))

.PHONY: all run test unit asan valgrind bench install uninstall clean help print-house
all: $(PROGRAM) $(PROGRAM_DRAW)

# The files that use VUDONG_DATADIR are rebuilt when PREFIX changes: $(BUILD)/datadir.txt
# holds the DATADIR they were built with and is rewritten only when it differs.
DATADIR_USERS := $(patsubst %.c,$(BUILD)/%.o,$(shell grep -l VUDONG_DATADIR $(wildcard sim/*/*.c tui/*/*.c)))
$(DATADIR_USERS): $(BUILD)/datadir.txt
$(BUILD)/datadir.txt: FORCE
	@mkdir -p $(@D)
	$(Q)echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
.PHONY: FORCE

$(BUILD)/builtin_scenario.c: scenarios/binh-lieu-2020.yaml tools/embed.sh
	$(Q)mkdir -p $(@D)
	$(Q)tools/embed.sh builtin_scenario_yaml $< > $@.tmp && mv $@.tmp $@

# The shipped station records, compiled in with it (the built-in's weather is langson.csv).
$(BUILD)/builtin_stations.c: $(STATIONS:%=scenarios/stations/%.csv) tools/embed.sh
	$(Q)mkdir -p $(@D)
	$(Q)for s in $(STATIONS); do tools/embed.sh builtin_station_$$s scenarios/stations/$$s.csv || exit 1; \
	    done > $@.tmp && mv $@.tmp $@

$(BUILD)/builtin_scenario.o $(BUILD)/builtin_stations.o: $(BUILD)/%.o: $(BUILD)/%.c
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

$(PROGRAM): $(BUILD)/tui/cli/main.o $(LIBTUI) $(LIBSIM) | $(PROGRAM_DRAW)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_TUI) $(LIBS_SIM)

# vudong-draw.so: the drawing files with their own copy of libvudong.a, showing only the
# tables the program asks for (sim/files/draw_lib.map).
$(DRAW_LIB): $(DRAW_OBJ) $(LIBSIM) sim/files/draw_lib.map
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,--version-script=sim/files/draw_lib.map -o $@ \
	    $(DRAW_OBJ) $(LIBSIM) $(LIBS_DRAW) $(LIBS_SIM)
ifneq ($(PROGRAM_DRAW),$(DRAW_LIB))
$(PROGRAM_DRAW): $(DRAW_LIB)
	$(Q)cp $< $@
endif

# The test runner lists every suite a tests/test_*.c file declares with VUDONG_SUITE(name).
$(BUILD)/suites.h: $(sort $(wildcard tests/test_*.c))
	@mkdir -p $(@D)
	$(Q)sed -n 's/^VUDONG_SUITE(\([a-z0-9_]*\)).*/X(\1)/p' $^ > $@.tmp && mv $@.tmp $@
$(BUILD)/tests/runner.o: $(BUILD)/suites.h
$(BUILD)/tests/runner.o: EXTRA_CFLAGS += -I$(BUILD)

$(UNIT): $(TEST_OBJ) $(LIBTUI) $(LIBSIM) | $(DRAW_LIB)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(TEST_OBJ) $(LIBTUI) $(LIBSIM) $(LIBS_CUNIT) $(LIBS_TUI) $(LIBS_SIM)

# tui/core must stand alone: linked with libvudong.a and nothing else (no curses, no
# tui/term, no tui/screens), an undefined symbol fails the link. The program then checks the
# app reaches screens only through the table it is handed (tests/core_alone.c).
$(BUILD)/tests/core_alone.o: EXTRA_CFLAGS += $(NO_CURSES)
$(CORE_ALONE): $(BUILD)/tests/core_alone.o $(CORE_OBJ) $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_SIM)

$(BENCH): $(BUILD)/%: $(BUILD)/tests/bench/%.o $(LIBTUI) $(LIBSIM)
	@echo "  LINK    $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS_TUI) $(LIBS_SIM)

run: $(PROGRAM)
	./$(PROGRAM) $(ARGS)

# Unit tests, tui/core linked alone, the bad-input corpus, the command-line checks, then the interface in tmux.
test: $(PROGRAM) $(UNIT) $(CORE_ALONE)
	$(Q)VUDONG_WITH_TMUX=1 tools/deps.sh
	$(Q)tools/check-house.sh
	$(Q)tools/check-cycles.sh $(BUILD)
	$(Q)./$(UNIT)
	$(Q)./$(CORE_ALONE)
	$(Q)tests/bad/run.sh ./$(PROGRAM)
	$(Q)for t in tests/cli/*.sh; do [ -e "$$t" ] || continue; sh "$$t" ./$(PROGRAM) || exit 1; done
	$(Q)for t in tests/e2e/*.sh; do [ -x "$$t" ] || continue; "$$t" ./$(PROGRAM) || exit 1; done

# The house as the build applies it, one line per folder for tools/check-house.sh:
# FOLDER <tab> the folders it may include from <tab> its flags (include paths and poison).
print-house:
	@$(foreach f,$(HOUSE),printf '%s\t%s\t%s\n' '$(word 1,$(subst :, ,$(f)))' \
	    '$($(word 2,$(subst :, ,$(f))))' '$(strip $(call folder_flags,$(word 1,$(subst :, ,$(f)))))';)

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
	$(Q)VUDONG_TEST_SLOWDOWN=50 valgrind -q --error-exitcode=3 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
	    --suppressions=tests/valgrind.supp ./$(UNIT) > $(BUILD)/valgrind-unit.txt || \
	    { grep -A8 'had failures' $(BUILD)/valgrind-unit.txt; tail -n 5 $(BUILD)/valgrind-unit.txt; exit 1; }
	$(Q)VUDONG=./$(PROGRAM) tests/bad/run.sh tests/valgrind-wrap.sh
	$(Q)for t in tests/cli/*.sh; do VUDONG=./$(PROGRAM) sh "$$t" tests/valgrind-wrap.sh || exit 1; done
	$(Q)tests/valgrind/scenarios.sh ./$(PROGRAM)
	$(Q)tests/valgrind/interface.sh ./$(PROGRAM)
	@echo "valgrind: no memory errors or leaks"

bench: $(PROGRAM) $(BENCH)
	$(Q)for b in $(BENCH); do $$b ./$(PROGRAM) || exit 1; done

# The shipped scenarios go to DATADIR/scenarios (with their weather and station files), where
# the program looks for a relative scenario path that does not exist from the working
# directory (tui/core/data_dir.c); the man page names the real DATADIR.
install: $(PROGRAM) $(DRAW_LIB)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/man/vi/man1 \
	    $(DESTDIR)$(DATADIR)/scenarios $(DESTDIR)$(PREFIX)/share/doc/vudong
	install -m 755 $(PROGRAM) $(DESTDIR)$(PREFIX)/bin/vudong
	install -d $(DESTDIR)$(PREFIX)/lib/vudong
	install -m 644 $(DRAW_LIB) $(DESTDIR)$(PREFIX)/lib/vudong/vudong-draw.so
	sed '/^\.\\"/!{s|/usr/local/share/vudong|$(DATADIR)|g;s|/usr/local/lib/vudong|$(PREFIX)/lib/vudong|g;}' docs/vudong.1 > $(BUILD)/vudong.1
	install -m 644 $(BUILD)/vudong.1 $(DESTDIR)$(PREFIX)/share/man/man1/vudong.1
	sed '/^\.\\"/!{s|/usr/local/share/vudong|$(DATADIR)|g;s|/usr/local/lib/vudong|$(PREFIX)/lib/vudong|g;}' docs/vudong.vi.1 > $(BUILD)/vudong.vi.1
	install -m 644 $(BUILD)/vudong.vi.1 $(DESTDIR)$(PREFIX)/share/man/vi/man1/vudong.1
	for d in scenarios scenarios/weather scenarios/stations scenarios/stories; do \
	    files=$$(ls $$d/*.yaml $$d/*.csv $$d/README.md 2>/dev/null); \
	    [ -n "$$files" ] || continue; \
	    install -d $(DESTDIR)$(DATADIR)/$$d && install -m 644 $$files $(DESTDIR)$(DATADIR)/$$d/ || exit 1; \
	done
	install -m 644 README.md LICENSE NOTICE docs/*.md $(DESTDIR)$(PREFIX)/share/doc/vudong/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/vudong $(DESTDIR)$(PREFIX)/share/man/man1/vudong.1 \
	    $(DESTDIR)$(PREFIX)/share/man/vi/man1/vudong.1
	rm -rf $(DESTDIR)$(PREFIX)/share/vudong $(DESTDIR)$(PREFIX)/share/doc/vudong \
	    $(DESTDIR)$(PREFIX)/lib/vudong

clean:
	rm -rf build $(PROGRAM) $(PROGRAM_DRAW)

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
