/* work_pool.h - a fixed set of threads that run one function over a range of indices and
 * return when every index is done (the ensemble's seasons, batch by batch). The calling
 * thread works too, as worker 0; with one thread no thread is started. Which worker runs
 * which index is not fixed: the function must write only to places of its own index and of
 * its own worker. The workers block every signal, so signals reach the program's threads. */
#ifndef VUDONG_WORK_POOL_H
#define VUDONG_WORK_POOL_H

#include <stddef.h>

typedef void (*work_fn)(void *ctx, int worker, size_t index);

typedef struct work_pool work_pool;

/* A pool of `threads` workers (≥ 1; the calling thread is one) running fn(ctx, worker,
 * index). When the system refuses a thread the pool has fewer (work_pool_threads). NULL on
 * out of memory. */
work_pool *work_pool_create(int threads, work_fn fn, void *ctx);
/* Runs fn for every index in first .. first + count − 1 and returns when all are done;
 * what the workers wrote is then visible to the caller. */
void work_pool_run(work_pool *p, size_t first, size_t count);
/* The workers, the calling thread included. */
int work_pool_threads(const work_pool *p);
/* Stops and joins the threads. NULL is a no-op. */
void work_pool_destroy(work_pool *p);

#endif
