/*
 * Serializes samples with Cyclone DDS, as its writers do, and prints the bytes for the Java side of
 * CycloneByteEqualityTest to compare. The samples come from fill.c, which the test generates from the
 * same random values it gives the Java codecs.
 *
 * For each type: a topic, a writer and a reader in a domain that stays on the loopback interface; one
 * sample is written and taken back as serdata to get Cyclone's sertype, from which the XCDR1 and
 * XCDR2 sertypes are derived. Each sample is then turned into serdata (ddsi_serdata_from_sample, as
 * dds_write does) and printed, one line per item:
 *   R <type> <sample> x1|x2|key1|key2|kh <hex>
 * x1 and key1 are printed only for types Cyclone can write in XCDR1. A line "E <type> <message>" reports a
 * failure for a type.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "dds/dds.h"
#include "dds/ddsi/ddsi_serdata.h"
#include "dds/ddsi/ddsi_sertype.h"
#include "dds/ddsi/ddsi_cdrstream.h"

struct harness_entry {
  const char *name;
  const dds_topic_descriptor_t *desc;
  size_t size;
  int samples;
  void (*fill) (void *sample, int index);
};

extern const struct harness_entry harness_entries[];
extern const size_t harness_entry_count;

static void print_hex (const char *type, int index, const char *what, const unsigned char *bytes, size_t n)
{
  printf ("R %s %d %s ", type, index, what);
  for (size_t i = 0; i < n; i++)
    printf ("%02x", bytes[i]);
  printf ("\n");
}

static void print_serdata (const char *type, int index, const char *what, struct ddsi_serdata *sd)
{
  size_t n = ddsi_serdata_size (sd);
  unsigned char *buf = malloc (n ? n : 1);
  ddsi_serdata_to_ser (sd, 0, n, buf);
  print_hex (type, index, what, buf, n);
  free (buf);
}

int main (void)
{
  const char *config =
    "<General><Interfaces><NetworkInterface name=\"lo\"/></Interfaces><AllowMulticast>false</AllowMulticast></General>"
    "<Discovery><ParticipantIndex>none</ParticipantIndex><Peers/></Discovery>";
  dds_domainid_t domain_id = 200 + (dds_domainid_t) (getpid () % 30);
  dds_entity_t domain = dds_create_domain (domain_id, config);
  if (domain < 0)
  {
    printf ("F cannot create a domain: %s\n", dds_strretcode (domain));
    return 1;
  }
  dds_entity_t pp = dds_create_participant (domain_id, NULL, NULL);
  if (pp < 0)
  {
    printf ("F cannot create a participant: %s\n", dds_strretcode (pp));
    return 1;
  }
  for (size_t e = 0; e < harness_entry_count; e++)
  {
    const struct harness_entry *h = &harness_entries[e];
    char topic_name[64];
    snprintf (topic_name, sizeof (topic_name), "sirocco_idl_%d_%zu", (int) getpid (), e);
    dds_entity_t tp = dds_create_topic (pp, h->desc, topic_name, NULL, NULL);
    dds_entity_t wr = tp < 0 ? tp : dds_create_writer (pp, tp, NULL, NULL);
    dds_entity_t rd = wr < 0 ? wr : dds_create_reader (pp, tp, NULL, NULL);
    if (rd < 0)
    {
      printf ("E %s cannot create topic, writer or reader: %s\n", h->name, dds_strretcode (rd));
      continue;
    }
    void *first = calloc (1, h->size);
    h->fill (first, 0);
    dds_return_t rc = dds_write (wr, first);
    struct ddsi_serdata *taken = NULL;
    dds_sample_info_t info;
    if (rc < 0 || dds_takecdr (rd, &taken, 1, &info, DDS_ANY_STATE) != 1)
    {
      printf ("E %s cannot write and take a sample: %s\n", h->name, dds_strretcode (rc));
      continue;
    }
    dds_type_consistency_enforcement_qospolicy_t tce = { DDS_TYPE_CONSISTENCY_DISALLOW_TYPE_COERCION, false, false, false, false, false };
    struct ddsi_sertype *x1 = NULL;
    if (dds_stream_minimum_xcdr_version (h->desc->m_ops) == 1)
      x1 = ddsi_sertype_derive_sertype (taken->type, DDS_DATA_REPRESENTATION_XCDR1, tce);
    struct ddsi_sertype *x2 = ddsi_sertype_derive_sertype (taken->type, DDS_DATA_REPRESENTATION_XCDR2, tce);
    if (x2 == NULL)
    {
      printf ("E %s cannot derive an XCDR2 sertype\n", h->name);
      continue;
    }
    for (int i = 0; i < h->samples; i++)
    {
      void *sample = calloc (1, h->size);
      h->fill (sample, i);
      if (x1 != NULL)
      {
        struct ddsi_serdata *d1 = ddsi_serdata_from_sample (x1, SDK_DATA, sample);
        print_serdata (h->name, i, "x1", d1);
        ddsi_serdata_unref (d1);
        struct ddsi_serdata *k1 = ddsi_serdata_from_sample (x1, SDK_KEY, sample);
        print_serdata (h->name, i, "key1", k1);
        ddsi_serdata_unref (k1);
      }
      struct ddsi_serdata *d2 = ddsi_serdata_from_sample (x2, SDK_DATA, sample);
      print_serdata (h->name, i, "x2", d2);
      struct ddsi_keyhash kh;
      ddsi_serdata_get_keyhash (d2, &kh, false);
      print_hex (h->name, i, "kh", kh.value, sizeof (kh.value));
      ddsi_serdata_unref (d2);
      struct ddsi_serdata *k2 = ddsi_serdata_from_sample (x2, SDK_KEY, sample);
      print_serdata (h->name, i, "key2", k2);
      ddsi_serdata_unref (k2);
    }
    ddsi_serdata_unref (taken);
  }
  fflush (stdout);
  dds_delete (domain);
  return 0;
}
