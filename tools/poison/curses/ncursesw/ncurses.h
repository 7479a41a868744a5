/* tools/poison/curses/ncursesw/ncurses.h - first on the include path of every folder that must not draw
 * (sim/, tui/core, tui/cli): including curses there is a compile error (README "Layout"). */
#error "this folder must not include curses: only tui/term and tui/screens draw (README, Layout)"
