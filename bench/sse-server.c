/*
 * The bench server of `npm run bench:load`: streams vLLM's chunks over HTTP/1.1 keep-alive and logs, per
 * request, when it arrived and when each token was written, on CLOCK_MONOTONIC -- the clock Node's
 * performance.now() and Python's perf_counter() read, so every stamp compares with the clients' own.
 *
 * Why C: the scripted Node server (test/support/scripted-server.ts) writing 6,400 tokens/s from one event
 * loop runs its own request callback late, by ~10 ms p99 at 64 streams, and that lateness was charged to
 * whichever client was measured. Here the arrival is stamped right after the read() that completes the
 * request's head, and a token's time right after the write() that hands its last byte to the kernel.
 *
 *   sse-server --ttft MS --itl MS --tokens N [--schedule steps|streams] [--log FILE] [--port P]
 *
 * Schedules. "steps" (the default) is an engine's continuous batching: one global timer fires every
 * --itl ms (a decode step) and every running stream gets one token in that one pass, so all streams are
 * written at the same moment; a request's first token comes at the first step after its prefill (--ttft
 * after arrival). "streams" gives each stream its own timer phase (token k at arrival + ttft + k * itl),
 * the shape the Node server writes. Timers are timerfds (ns resolution), waited on with epoll; the server
 * never sleeps. Plain C99 + POSIX/Linux, no dependencies. One request at a time per connection.
 *
 * Prints {"port":N,"url":"http://127.0.0.1:N"} once listening; on SIGTERM/SIGINT flushes the log (one JSON
 * line per finished or dropped request: {"id","seq","arrived_ms","text_ms":[...]}) and exits.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define MAX_FDS 8192
#define IN_CAP 65536
#define MAX_TOKENS 4096
#define OUT_CAP (1 << 20)

enum { IDLE, STREAMING };
typedef struct {
  int fd, state, seq, sent, total, max_tokens, usage, chat, prompt_words, pending, close_after;
  double arrived, next_due; /* next_due: the per-stream schedule's next token time */
  size_t in_len, head_len, body_len, out_len;
  char id[64];
  char in[IN_CAP];
  char *out; /* bytes the kernel did not take yet (backpressure); rarely used */
  double *text_ms;
} Conn;

static Conn *conns[MAX_FDS];
static int epfd, timer_fd, max_fd, steps = 1, tokens = 32, next_seq;
static double ttft_ms = 50, itl_ms = 10;
static FILE *log_file;
static volatile sig_atomic_t stopping;
static const char *WORDS[] = {"the", "model", "writes", "a", "short", "summary", "of", "news", "about", "weather", "and", "sport"};

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void on_signal(int sig) { (void)sig; stopping = 1; }

static void arm_timer(double at_ms, double interval_ms) {
  struct itimerspec t = {0};
  t.it_value.tv_sec = (time_t)(at_ms / 1e3);
  t.it_value.tv_nsec = (long)((at_ms - t.it_value.tv_sec * 1e3) * 1e6);
  if (t.it_value.tv_sec == 0 && t.it_value.tv_nsec == 0) t.it_value.tv_nsec = 1; /* 0 would disarm */
  t.it_interval.tv_sec = (time_t)(interval_ms / 1e3);
  t.it_interval.tv_nsec = (long)((interval_ms - t.it_interval.tv_sec * 1e3) * 1e6);
  timerfd_settime(timer_fd, TFD_TIMER_ABSTIME, &t, NULL);
}

static void log_request(Conn *c) {
  fprintf(log_file, "{\"id\":");
  if (c->id[0]) fprintf(log_file, "\"%s\"", c->id); else fprintf(log_file, "null");
  fprintf(log_file, ",\"seq\":%d,\"arrived_ms\":%.4f,\"text_ms\":[", c->seq, c->arrived);
  for (int k = 0; k < c->sent; k++) fprintf(log_file, "%s%.4f", k ? "," : "", c->text_ms[k]);
  fprintf(log_file, "]}\n");
}

static void close_conn(Conn *c) {
  if (c->state == STREAMING) log_request(c); /* a dropped stream is logged too: nothing is lost */
  epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
  conns[c->fd] = NULL;
  free(c->out);
  free(c->text_ms);
  free(c);
}

/* Hands bytes to the kernel; what it does not take waits for EPOLLOUT. Returns 0 once the bytes are all
 * in the kernel, 1 when some wait in c->out. Tokens whose bytes wait are stamped when they leave. */
static int send_bytes(Conn *c, const char *p, size_t n) {
  if (c->out_len == 0) {
    ssize_t w = write(c->fd, p, n);
    if (w < 0 && errno != EAGAIN) w = 0; /* the close arrives as an epoll event */
    if (w < 0) w = 0;
    p += w;
    n -= (size_t)w;
    if (n == 0) return 0;
    struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT, .data.fd = c->fd};
    epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
  }
  if (c->out_len + n > OUT_CAP) n = OUT_CAP - c->out_len; /* a client that stopped reading loses bytes */
  memcpy(c->out + c->out_len, p, n);
  c->out_len += n;
  return 1;
}

#define SEND_LITERAL(c, text) send_bytes((c), (text), sizeof(text) - 1)

/* One SSE event as one HTTP chunk: the bytes the scripted server's vLLM dialect writes. */
static int send_event(Conn *c, const char *data) {
  char buf[1024];
  int len = (int)strlen(data);
  int n = snprintf(buf, sizeof buf, "%x\r\n%s\r\n", len, data);
  return send_bytes(c, buf, (size_t)n);
}

static void send_token(Conn *c) {
  char data[512];
  const char *word = WORDS[c->sent % 12];
  if (c->chat)
    snprintf(data, sizeof data, "data: {\"id\":\"chatcmpl-scripted-%d\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" %s\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n", c->seq, word);
  else
    snprintf(data, sizeof data, "data: {\"id\":\"cmpl-scripted-%d\",\"object\":\"text_completion\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"text\":\" %s\",\"logprobs\":null,\"finish_reason\":null,\"stop_reason\":null}]}\n\n", c->seq, word);
  int waits = send_event(c, data);
  c->text_ms[c->sent++] = now_ms();
  if (waits) c->pending += 1;
}

/* The finish chunk, usage (when asked), [DONE], the last chunk; then the connection serves the next request. */
static void send_tail(Conn *c) {
  char data[512];
  const char *finish = c->total >= c->max_tokens ? "length" : "stop";
  const char *object = c->chat ? "chat.completion.chunk" : "text_completion";
  const char *prefix = c->chat ? "chatcmpl" : "cmpl";
  if (c->chat)
    snprintf(data, sizeof data, "data: {\"id\":\"chatcmpl-scripted-%d\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},\"logprobs\":null,\"finish_reason\":\"%s\",\"stop_reason\":null}]}\n\n", c->seq, finish);
  else
    snprintf(data, sizeof data, "data: {\"id\":\"cmpl-scripted-%d\",\"object\":\"text_completion\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"text\":\"\",\"logprobs\":null,\"finish_reason\":\"%s\",\"stop_reason\":null}]}\n\n", c->seq, finish);
  send_event(c, data);
  if (c->usage) {
    snprintf(data, sizeof data, "data: {\"id\":\"%s-scripted-%d\",\"object\":\"%s\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[],\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":%d,\"total_tokens\":%d}}\n\n", prefix, c->seq, object, c->prompt_words, c->sent, c->prompt_words + c->sent);
    send_event(c, data);
  }
  send_event(c, "data: [DONE]\n\n");
  SEND_LITERAL(c, "0\r\n\r\n");
  log_request(c);
  c->state = IDLE;
  /* A request that asked for `connection: close` (the bench's bare socket reader) waits for the close: a
   * FIN once every byte is in the kernel; the connection is freed when the client's close is read. */
  if (c->close_after && c->out_len == 0) shutdown(c->fd, SHUT_WR);
}

/* Writes the token(s) due at `now`: one per running stream in a decode step, or each stream on its own phase. */
static void on_timer(void) {
  double now = now_ms(), earliest = 0;
  for (int fd = 0; fd <= max_fd; fd++) {
    Conn *c = conns[fd];
    if (!c || c->state != STREAMING) continue;
    if (steps ? now >= c->arrived + ttft_ms : now >= c->next_due) {
      send_token(c);
      c->next_due = c->arrived + ttft_ms + c->sent * itl_ms;
      if (c->sent == c->total) { send_tail(c); continue; }
    }
    if (!steps && (earliest == 0 || c->next_due < earliest)) earliest = c->next_due;
  }
  if (!steps && earliest > 0) arm_timer(earliest, 0);
}

/* The value of `"key": "..."` or `"key": number` after `from`, as text; NULL when absent. */
static const char *json_value(const char *from, const char *key) {
  const char *at = strstr(from, key);
  if (!at) return NULL;
  at += strlen(key);
  while (*at == ' ' || *at == ':') at++;
  return at;
}

/* The request's whitespace-separated prompt words (the scripted server's prompt tokens); bench prompts
 * hold no escaped quotes. */
static int count_words(const char *body) {
  const char *v = json_value(body, "\"content\"");
  if (!v) v = json_value(body, "\"prompt\"");
  if (!v || *v != '"') return 0;
  int words = 0, in_word = 0;
  for (v++; *v && *v != '"'; v++) {
    int space = *v == ' ' || *v == '\t' || *v == '\n';
    if (!space && !in_word) words++;
    in_word = !space;
  }
  return words;
}

/* A whole request is in c->in: starts its stream (or answers 404) and keeps any bytes after it. */
static void start_request(Conn *c) {
  char *head = c->in, *body = c->in + c->head_len;
  char saved = body[c->body_len];
  body[c->body_len] = '\0';
  int chat = strncmp(head, "POST /v1/chat/completions ", 26) == 0;
  if (!chat && strncmp(head, "POST /v1/completions ", 21) != 0) {
    SEND_LITERAL(c, "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
  } else {
    const char *id = strstr(body, "[[id="), *max = json_value(body, "\"max_tokens\""), *usage = json_value(body, "\"include_usage\"");
    size_t n = 0;
    if (id) for (id += 5; n < sizeof c->id - 1 && id[n] && id[n] != ' ' && id[n] != ']' && id[n] != '"' && id[n] != '\\'; n++) c->id[n] = id[n];
    c->id[n] = '\0';
    int max_tokens = max ? atoi(max) : tokens;
    c->chat = chat;
    c->seq = next_seq++;
    c->max_tokens = max_tokens;
    c->total = tokens < max_tokens ? tokens : max_tokens;
    if (c->total > MAX_TOKENS) c->total = MAX_TOKENS;
    c->usage = usage && strncmp(usage, "true", 4) == 0;
    c->prompt_words = count_words(body);
    c->sent = c->pending = 0;
    c->next_due = c->arrived + ttft_ms;
    c->state = STREAMING;
    SEND_LITERAL(c, "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n");
    if (chat) {
      char data[512];
      snprintf(data, sizeof data, "data: {\"id\":\"chatcmpl-scripted-%d\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n", c->seq);
      send_event(c, data);
    }
    if (c->total == 0) send_tail(c);
    else if (!steps) on_timer(); /* re-arms the timer for the earliest stream, this one included */
  }
  body[c->body_len] = saved;
  size_t used = c->head_len + c->body_len;
  memmove(c->in, c->in + used, c->in_len - used);
  c->in_len -= used;
  c->head_len = 0;
}

/* Reads what the client sent. The arrival is stamped at the read that completes a request's head. */
static void on_readable(Conn *c) {
  for (;;) {
    if (c->in_len == IN_CAP) { close_conn(c); return; } /* a head or body larger than the bench ever sends */
    ssize_t r = read(c->fd, c->in + c->in_len, IN_CAP - c->in_len);
    double at = now_ms();
    if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR)) { close_conn(c); return; }
    if (r < 0) return;
    size_t from = c->in_len > 3 ? c->in_len - 3 : 0;
    c->in_len += (size_t)r;
    while (c->state == IDLE) {
      if (c->head_len == 0) {
        char *end = memmem(c->in + from, c->in_len - from, "\r\n\r\n", 4);
        if (!end) break;
        c->head_len = (size_t)(end + 4 - c->in);
        c->arrived = at;
        char saved = c->in[c->head_len - 1];
        c->in[c->head_len - 1] = '\0';
        const char *cl = strcasestr(c->in, "\r\ncontent-length:");
        c->body_len = cl ? (size_t)atol(cl + 17) : 0;
        c->close_after = strcasestr(c->in, "\r\nconnection: close") != NULL;
        c->in[c->head_len - 1] = saved;
        if (c->head_len + c->body_len >= IN_CAP) { close_conn(c); return; }
      }
      if (c->in_len < c->head_len + c->body_len) break;
      start_request(c);
      from = 0;
    }
  }
}

/* The kernel takes more of what waited: tokens whose last byte leaves now are stamped now. */
static void on_writable(Conn *c) {
  ssize_t w = write(c->fd, c->out, c->out_len);
  if (w <= 0) return;
  memmove(c->out, c->out + w, c->out_len - (size_t)w);
  c->out_len -= (size_t)w;
  if (c->out_len > 0) return;
  double at = now_ms();
  for (int k = c->sent - c->pending; k < c->sent; k++) c->text_ms[k] = at;
  c->pending = 0;
  if (c->close_after && c->state == IDLE) shutdown(c->fd, SHUT_WR);
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = c->fd};
  epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

static void accept_all(int listen_fd) {
  for (;;) {
    int fd = accept4(listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) return;
    if (fd >= MAX_FDS) { close(fd); continue; }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    Conn *c = calloc(1, sizeof *c);
    c->fd = fd;
    c->out = malloc(OUT_CAP);
    c->text_ms = malloc(sizeof(double) * MAX_TOKENS);
    conns[fd] = c;
    if (fd > max_fd) max_fd = fd;
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = fd};
    epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
  }
}

int main(int argc, char **argv) {
  int port = 0;
  const char *log_path = "/dev/null";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--ttft")) ttft_ms = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--itl")) itl_ms = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--tokens")) tokens = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--log")) log_path = argv[i + 1];
    else if (!strcmp(argv[i], "--schedule")) steps = strcmp(argv[i + 1], "streams") != 0;
    else { fprintf(stderr, "sse-server: unknown argument %s\n", argv[i]); return 2; }
  }
  if (itl_ms <= 0 || ttft_ms < 0 || tokens < 0) { fprintf(stderr, "sse-server: --itl must be > 0, --ttft and --tokens >= 0\n"); return 2; }
  log_file = fopen(log_path, "w");
  if (!log_file) { perror(log_path); return 1; }
  struct sigaction sa = {.sa_handler = on_signal}; /* no SA_RESTART: epoll_wait returns EINTR */
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  signal(SIGPIPE, SIG_IGN);

  int listen_fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0), one = 1;
  setsockopt(listen_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port), .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof addr;
  if (bind(listen_fd, (struct sockaddr *)&addr, sizeof addr) || listen(listen_fd, 4096) || getsockname(listen_fd, (struct sockaddr *)&addr, &len)) { perror("sse-server: listen"); return 1; }
  epfd = epoll_create1(EPOLL_CLOEXEC);
  timer_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = listen_fd};
  epoll_ctl(epfd, EPOLL_CTL_ADD, listen_fd, &ev);
  ev.data.fd = timer_fd;
  epoll_ctl(epfd, EPOLL_CTL_ADD, timer_fd, &ev);
  if (steps) arm_timer(now_ms() + itl_ms, itl_ms); /* the decode steps run from start to end, as an engine's */
  printf("{\"port\":%d,\"url\":\"http://127.0.0.1:%d\"}\n", ntohs(addr.sin_port), ntohs(addr.sin_port));
  fflush(stdout);

  struct epoll_event events[256];
  while (!stopping) {
    int n = epoll_wait(epfd, events, 256, -1);
    for (int i = 0; i < n; i++) {
      int fd = events[i].data.fd;
      if (fd == listen_fd) accept_all(listen_fd);
      else if (fd == timer_fd) {
        unsigned long long expirations;
        if (read(timer_fd, &expirations, sizeof expirations) > 0) on_timer(); /* a late step is one step, not several */
      } else if (conns[fd]) {
        Conn *c = conns[fd];
        if (events[i].events & EPOLLOUT) on_writable(c);
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) on_readable(c);
      }
    }
  }
  for (int fd = 0; fd <= max_fd; fd++) if (conns[fd]) close_conn(conns[fd]);
  fclose(log_file);
  return 0;
}
