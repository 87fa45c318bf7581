/*
 * A Cyclone DDS peer for Sirocco's interoperability tests: publishes or subscribes
 * interop::Shape samples on a topic and reports what it saw on stdout, one line per event.
 *
 *   shape_peer pub TOPIC COUNT [options]   write COUNT samples (color "CYC", x = 0..COUNT-1)
 *   shape_peer sub TOPIC COUNT [options]   exit 0 once COUNT valid samples arrived
 *
 * options: -b best effort (default reliable)   -t transient-local durability
 *          -s N payload bytes (byte i of sample x is (x + i) & 0xff); sample x also has
 *               hue x % 3, origin (x, 2x) and tags ["t", "x<x>"]
 *          -d pub: dispose the instance after writing; sub: also wait for a dispose
 *          -u pub: unregister the instance after writing; sub: also wait for no writers
 *          -c COLOR color of written samples   -w SECONDS timeout (default 30)
 *          -p PARTITION                         -l keep-last 1 history (default keep-all)
 *          -D DOMAIN domain id (default 0)        -i MICROS pause between writes
 *          -n pub: write without waiting for a matching reader
 *          -k pub: stay up after writing until the timeout (for late joiners, or to show that
 *             only the unregister/dispose changed the instance)
 *
 * Lines printed: "matched", "sample COLOR X LEN", "disposed COLOR", "unregistered COLOR",
 * "bad-payload X", "bad-fields X",
 * "received N", "timeout". Exit status 0 on success, 1 on timeout, 2 on bad input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dds/dds.h"
#include "InteropShape.h"

static int reliable = 1, transient_local = 0, payload_size = 0, dispose = 0, unregister = 0, keep_last = 0;
static const char *color = "CYC";
static const char *partition = NULL;
static double timeout_s = 30.0;
static int domain = 0;
static int interval_us = 0;
static int no_wait = 0, keep_running = 0;

static dds_time_t deadline(void) { return dds_time() + (dds_time_t) (timeout_s * 1e9); }

static dds_qos_t *make_qos(void)
{
  dds_qos_t *qos = dds_create_qos();
  dds_qset_reliability(qos, reliable ? DDS_RELIABILITY_RELIABLE : DDS_RELIABILITY_BEST_EFFORT, DDS_SECS(10));
  dds_qset_durability(qos, transient_local ? DDS_DURABILITY_TRANSIENT_LOCAL : DDS_DURABILITY_VOLATILE);
  if (keep_last)
    dds_qset_history(qos, DDS_HISTORY_KEEP_LAST, 1);
  else
    dds_qset_history(qos, DDS_HISTORY_KEEP_ALL, 0);
  return qos;
}

static dds_entity_t make_topic(dds_entity_t participant, const char *name)
{
  dds_entity_t topic = dds_create_topic(participant, &interop_Shape_desc, name, NULL, NULL);
  if (topic < 0) {
    fprintf(stderr, "dds_create_topic: %s\n", dds_strretcode(-topic));
    exit(2);
  }
  return topic;
}

static dds_qos_t *group_qos(void)
{
  dds_qos_t *qos = dds_create_qos();
  if (partition != NULL)
    dds_qset_partition1(qos, partition);
  return qos;
}

static int publish(dds_entity_t participant, const char *topic_name, int count)
{
  dds_entity_t topic = make_topic(participant, topic_name);
  dds_qos_t *gqos = group_qos();
  dds_entity_t publisher = dds_create_publisher(participant, gqos, NULL);
  dds_delete_qos(gqos);
  dds_qos_t *qos = make_qos();
  /* unregister (-u) must leave the instance without writers, not dispose it */
  dds_qset_writer_data_lifecycle(qos, false);
  dds_entity_t writer = dds_create_writer(publisher, topic, qos, NULL);
  dds_delete_qos(qos);
  if (writer < 0) {
    fprintf(stderr, "dds_create_writer: %s\n", dds_strretcode(-writer));
    return 2;
  }
  if (!no_wait) {
    dds_time_t until = deadline();
    dds_publication_matched_status_t st;
    for (;;) {
      dds_get_publication_matched_status(writer, &st);
      if (st.current_count > 0)
        break;
      if (dds_time() > until) {
        printf("timeout\n");
        return 1;
      }
      dds_sleepfor(DDS_MSECS(10));
    }
    printf("matched\n");
    fflush(stdout);
  }
  interop_Shape sample;
  memset(&sample, 0, sizeof(sample));
  sample.color = (char *) color;
  sample.payload._buffer = payload_size > 0 ? malloc((size_t) payload_size) : NULL;
  sample.payload._length = sample.payload._maximum = (uint32_t) payload_size;
  sample.payload._release = false;
  char tag[32];
  char *tags[2] = {"t", tag};
  sample.tags._buffer = tags;
  sample.tags._length = sample.tags._maximum = 2;
  sample.tags._release = false;
  for (int i = 0; i < count; i++) {
    sample.x = i;
    sample.y = -i;
    sample.hue = (interop_Hue) (i % 3);
    sample.origin.x = i;
    sample.origin.y = 2 * i;
    snprintf(tag, sizeof(tag), "x%d", i);
    for (int b = 0; b < payload_size; b++)
      sample.payload._buffer[b] = (uint8_t) ((i + b) & 0xff);
    dds_return_t rc = dds_write(writer, &sample);
    if (rc != DDS_RETCODE_OK) {
      fprintf(stderr, "dds_write: %s\n", dds_strretcode(-rc));
      return 2;
    }
    if (interval_us > 0)
      dds_sleepfor(DDS_USECS(interval_us));
  }
  if (dispose)
    dds_dispose(writer, &sample);
  if (unregister)
    dds_unregister_instance(writer, &sample);
  printf("written %d\n", count);
  fflush(stdout);
  if (keep_running) {
    dds_sleepfor((dds_duration_t) (timeout_s * 1e9));
    return 0;
  }
  if (reliable)
    dds_wait_for_acks(writer, (dds_duration_t) (timeout_s * 1e9));
  dds_sleepfor(DDS_MSECS(300));
  free(sample.payload._buffer);
  return 0;
}

static int subscribe(dds_entity_t participant, const char *topic_name, int count)
{
  dds_entity_t topic = make_topic(participant, topic_name);
  dds_qos_t *gqos = group_qos();
  dds_entity_t subscriber = dds_create_subscriber(participant, gqos, NULL);
  dds_delete_qos(gqos);
  dds_qos_t *qos = make_qos();
  dds_entity_t reader = dds_create_reader(subscriber, topic, qos, NULL);
  dds_delete_qos(qos);
  if (reader < 0) {
    fprintf(stderr, "dds_create_reader: %s\n", dds_strretcode(-reader));
    return 2;
  }
  printf("ready\n");
  fflush(stdout);
  dds_entity_t waitset = dds_create_waitset(participant);
  dds_entity_t condition = dds_create_readcondition(reader, DDS_ANY_STATE);
  dds_waitset_attach(waitset, condition, 0);
  int received = 0, disposed = 0, unregistered = 0, bad = 0;
  dds_time_t until = deadline();
  void *samples[64] = {NULL};
  dds_sample_info_t infos[64];
  while (received < count || (dispose && !disposed) || (unregister && !unregistered)) {
    if (dds_time() > until) {
      printf("received %d\ntimeout\n", received);
      return 1;
    }
    dds_waitset_wait_until(waitset, NULL, 0, until);
    int n = dds_take(reader, samples, infos, 64, 64);
    for (int i = 0; i < n; i++) {
      interop_Shape *s = samples[i];
      if (infos[i].valid_data) {
        received++;
        for (uint32_t b = 0; b < s->payload._length; b++) {
          if (s->payload._buffer[b] != (uint8_t) ((s->x + (int) b) & 0xff)) {
            bad++;
            printf("bad-payload %d\n", s->x);
            break;
          }
        }
        char expected[32];
        snprintf(expected, sizeof(expected), "x%d", s->x);
        if (s->hue != (interop_Hue) (s->x % 3) || s->origin.x != s->x || s->origin.y != 2 * s->x
            || s->tags._length != 2 || strcmp(s->tags._buffer[0], "t") != 0 || strcmp(s->tags._buffer[1], expected) != 0) {
          bad++;
          printf("bad-fields %d\n", s->x);
        }
        if (count <= 100)
          printf("sample %s %d %u\n", s->color, s->x, s->payload._length);
      }
      /* A dispose shows as the instance state of whatever sample is taken with it: an invalid
         sample when the data was taken before, the last valid one when both arrive together. */
      if (infos[i].instance_state == DDS_NOT_ALIVE_DISPOSED_INSTANCE_STATE && !disposed) {
        disposed = 1;
        printf("disposed %s\n", s->color);
      }
      if (infos[i].instance_state == DDS_NOT_ALIVE_NO_WRITERS_INSTANCE_STATE && !unregistered) {
        unregistered = 1;
        printf("unregistered %s\n", s->color);
      }
    }
    if (n > 0)
      dds_return_loan(reader, samples, n);
    fflush(stdout);
  }
  printf("received %d\n", received);
  return bad ? 2 : 0;
}

int main(int argc, char **argv)
{
  if (argc < 4) {
    fprintf(stderr, "usage: %s pub|sub TOPIC COUNT [-b] [-t] [-s N] [-d] [-u] [-c COLOR] [-w SECONDS] [-p PARTITION] [-l] [-D DOMAIN] [-i MICROS] [-n] [-k]\n",
             argv[0]);
    return 2;
  }
  const char *mode = argv[1], *topic = argv[2];
  int count = atoi(argv[3]);
  int opt;
  optind = 4;
  while ((opt = getopt(argc, argv, "bts:duc:w:p:lD:i:nk")) != -1) {
    switch (opt) {
      case 'b': reliable = 0; break;
      case 't': transient_local = 1; break;
      case 's': payload_size = atoi(optarg); break;
      case 'd': dispose = 1; break;
      case 'u': unregister = 1; break;
      case 'c': color = optarg; break;
      case 'w': timeout_s = atof(optarg); break;
      case 'p': partition = optarg; break;
      case 'l': keep_last = 1; break;
      case 'D': domain = atoi(optarg); break;
      case 'i': interval_us = atoi(optarg); break;
      case 'n': no_wait = 1; break;
      case 'k': keep_running = 1; break;
      default: return 2;
    }
  }
  dds_entity_t participant = dds_create_participant((dds_domainid_t) domain, NULL, NULL);
  if (participant < 0) {
    fprintf(stderr, "dds_create_participant: %s\n", dds_strretcode(-participant));
    return 2;
  }
  int rc = strcmp(mode, "pub") == 0 ? publish(participant, topic, count) : subscribe(participant, topic, count);
  fflush(stdout);
  dds_delete(participant);
  return rc;
}
