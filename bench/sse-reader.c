/*
 * The C floor of `npm run bench:load -- --parts cpu`: the least CPU a client can spend reading the bench
 * server's streams write by write. One thread, epoll, `streams` keep-alive connections to the server; each
 * sends its next request as soon as the previous response's last chunk ("0\r\n\r\n") is read, reads what
 * the kernel has, and counts text events (`"content":"` followed by a non-quote character) — no HTTP, SSE
 * or JSON parsing, no timestamps. What it spends is the kernel's share of each read plus a memmem.
 *
 *   sse-reader --port P --streams N --requests R --warmup W --tokens T
 *
 * Runs W requests first (the warm-up), then writes "mark\n" to stdout and blocks reading one byte from
 * stdin (the bench samples /proc meanwhile), runs the R measured requests, writes "mark\n" and blocks
 * again, then prints {"text_events":N,"requests":R,"failed":F} and exits. Plain C99 + POSIX/Linux.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_STREAMS 4096
#define READ_CAP 65536

typedef struct {
  int fd, busy;
  char tail[16]; /* the last bytes of the previous read, so a pattern split across reads is still found */
  size_t tail_len;
} Stream;

static Stream streams[MAX_STREAMS];
static int port, n_streams = 8, tokens = 32;
static long text_events, failed;
static const char CONTENT[] = "\"content\":\"";
static const char END[] = "0\r\n\r\n";

static void send_request(Stream *s, long seq) {
  char body[256], req[512];
  int blen = snprintf(body, sizeof body, "{\"model\":\"scripted-model\",\"stream\":true,\"max_tokens\":%d,\"messages\":[{\"role\":\"user\",\"content\":\"c floor [[id=c%ld]]\"}]}", tokens, seq);
  int rlen = snprintf(req, sizeof req, "POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s", blen, body);
  if (write(s->fd, req, rlen) != rlen) { failed++; }
  s->busy = 1;
  s->tail_len = 0;
}

/* Counts text events in buf[0..len) (the previous read's tail prepended); returns 1 when the response ended. */
static int scan(Stream *s, char *buf, size_t len) {
  char joined[READ_CAP + sizeof s->tail];
  memcpy(joined, s->tail, s->tail_len);
  memcpy(joined + s->tail_len, buf, len);
  size_t n = s->tail_len + len;
  const char *at = joined, *end = joined + n;
  while ((at = memmem(at, end - at, CONTENT, sizeof CONTENT - 1)) != NULL) {
    at += sizeof CONTENT - 1;
    if (at >= end) { at -= sizeof CONTENT - 1; break; } /* its next byte is in the next read */
    if (*at != '"') text_events++;
  }
  size_t keep = n < sizeof CONTENT ? n : sizeof CONTENT;
  memcpy(s->tail, end - keep, keep);
  s->tail_len = keep;
  return n >= sizeof END - 1 && memcmp(end - (sizeof END - 1), END, sizeof END - 1) == 0;
}

/* Runs `count` requests over the streams; returns when every one has ended. */
static void run(int epfd, long count, long *seq) {
  long started = 0, done = 0;
  for (int i = 0; i < n_streams && started < count; i++, started++) send_request(&streams[i], (*seq)++);
  static char buf[READ_CAP];
  struct epoll_event ev[256];
  while (done < count) {
    int k = epoll_wait(epfd, ev, 256, -1);
    for (int e = 0; e < k; e++) {
      Stream *s = &streams[ev[e].data.u32];
      ssize_t r = read(s->fd, buf, sizeof buf);
      if (r <= 0) { fprintf(stderr, "sse-reader: connection %u closed\n", ev[e].data.u32); exit(1); }
      if (!s->busy || !scan(s, buf, (size_t)r)) continue;
      s->busy = 0;
      done++;
      if (started < count) { send_request(s, (*seq)++); started++; }
    }
  }
}

static void mark(void) {
  char c;
  fputs("mark\n", stdout);
  fflush(stdout);
  if (read(0, &c, 1) != 1) exit(1);
}

int main(int argc, char **argv) {
  long requests = 64, warmup = 8, seq = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--port")) port = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--streams")) n_streams = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--requests")) requests = atol(argv[i + 1]);
    else if (!strcmp(argv[i], "--warmup")) warmup = atol(argv[i + 1]);
    else if (!strcmp(argv[i], "--tokens")) tokens = atoi(argv[i + 1]);
    else { fprintf(stderr, "sse-reader: unknown argument %s\n", argv[i]); return 2; }
  }
  if (port <= 0 || n_streams <= 0 || n_streams > MAX_STREAMS) { fprintf(stderr, "sse-reader: --port and --streams (1..%d) are required\n", MAX_STREAMS); return 2; }
  int epfd = epoll_create1(0);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  for (int i = 0; i < n_streams; i++) {
    int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) { perror("sse-reader: connect"); return 1; }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    streams[i].fd = fd;
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (unsigned)i};
    epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
  }
  run(epfd, warmup, &seq);
  long warm_events = text_events;
  mark();
  run(epfd, requests, &seq);
  mark();
  printf("{\"text_events\":%ld,\"requests\":%ld,\"failed\":%ld}\n", text_events - warm_events, requests, failed);
  return 0;
}
