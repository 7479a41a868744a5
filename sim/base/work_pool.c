/* work_pool.c - threads that share out a range of indices (work_pool.h): each run is a new
 * generation; the workers wake, take indices from a shared counter until the range is used
 * up, and the last to finish wakes the caller. Workers block every signal. */
#include "work_pool.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>

typedef struct {
	work_pool *pool;
	int index;                  /* 1 .. threads − 1; the caller is 0 */
} worker_arg;

struct work_pool {
	work_fn fn;
	void *ctx;
	pthread_mutex_t mu;
	pthread_cond_t go, done;
	unsigned long generation;   /* under mu */
	bool quit;                  /* under mu */
	int busy;                   /* started threads still in this generation; under mu */
	atomic_size_t next;         /* the next index to take */
	size_t end;                 /* written under mu before a generation starts */
	pthread_t *tids;
	worker_arg *args;
	int started;                /* threads started besides the caller */
};

static void take_work(work_pool *p, int worker, size_t end)
{
	for (;;) {
		size_t i = atomic_fetch_add(&p->next, 1);
		if (i >= end)
			return;
		p->fn(p->ctx, worker, i);
	}
}

static void *worker_main(void *arg)
{
	worker_arg *a = arg;
	work_pool *p = a->pool;
	unsigned long seen = 0;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->quit && p->generation == seen)
			pthread_cond_wait(&p->go, &p->mu);
		if (p->quit)
			break;
		seen = p->generation;
		size_t end = p->end;
		pthread_mutex_unlock(&p->mu);
		take_work(p, a->index, end);
		pthread_mutex_lock(&p->mu);
		if (--p->busy == 0)
			pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Frees what work_pool_create allocated; `sync` says the mutex and conditions exist. */
static void pool_free(work_pool *p, bool sync)
{
	if (sync) {
		pthread_cond_destroy(&p->done);
		pthread_cond_destroy(&p->go);
		pthread_mutex_destroy(&p->mu);
	}
	free(p->tids);
	free(p->args);
	free(p);
}

work_pool *work_pool_create(int threads, work_fn fn, void *ctx)
{
	work_pool *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->fn = fn;
	p->ctx = ctx;
	atomic_init(&p->next, 0);
	int extra = threads > 1 ? threads - 1 : 0;
	if (extra) {
		p->tids = calloc((size_t)extra, sizeof *p->tids);
		p->args = calloc((size_t)extra, sizeof *p->args);
		if (!p->tids || !p->args) {
			pool_free(p, false);
			return NULL;
		}
	}
	if (pthread_mutex_init(&p->mu, NULL) != 0) {
		pool_free(p, false);
		return NULL;
	}
	if (pthread_cond_init(&p->go, NULL) != 0) {
		pthread_mutex_destroy(&p->mu);
		pool_free(p, false);
		return NULL;
	}
	if (pthread_cond_init(&p->done, NULL) != 0) {
		pthread_cond_destroy(&p->go);
		pthread_mutex_destroy(&p->mu);
		pool_free(p, false);
		return NULL;
	}
	/* The workers start with every signal blocked, so that signals (a terminal resize, an
	 * interrupt) go to the program's own threads and their handlers. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (int i = 0; i < extra; i++) {
		p->args[p->started] = (worker_arg){ p, p->started + 1 };
		if (pthread_create(&p->tids[p->started], NULL, worker_main, &p->args[p->started]) != 0)
			break;      /* fewer threads: the work still gets done */
		p->started++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return p;
}

int work_pool_threads(const work_pool *p)
{
	return p->started + 1;
}

void work_pool_run(work_pool *p, size_t first, size_t count)
{
	size_t end = first + count;
	if (p->started == 0) {
		for (size_t i = first; i < end; i++)
			p->fn(p->ctx, 0, i);
		return;
	}
	pthread_mutex_lock(&p->mu);
	atomic_store(&p->next, first);
	p->end = end;
	p->busy = p->started;
	p->generation++;
	pthread_cond_broadcast(&p->go);
	pthread_mutex_unlock(&p->mu);
	take_work(p, 0, end);
	pthread_mutex_lock(&p->mu);
	while (p->busy > 0)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
}

void work_pool_destroy(work_pool *p)
{
	if (!p)
		return;
	if (p->started) {
		pthread_mutex_lock(&p->mu);
		p->quit = true;
		pthread_cond_broadcast(&p->go);
		pthread_mutex_unlock(&p->mu);
		for (int i = 0; i < p->started; i++)
			pthread_join(p->tids[i], NULL);
	}
	pool_free(p, true);
}
