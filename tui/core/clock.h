/* clock.h - the interface's one clock: monotonic milliseconds, for timing recomputes, runs
 * and input pauses. */
#ifndef VUDONG_CLOCK_H
#define VUDONG_CLOCK_H

/* Milliseconds on CLOCK_MONOTONIC (only differences mean anything). */
double clock_now_ms(void);

#endif
