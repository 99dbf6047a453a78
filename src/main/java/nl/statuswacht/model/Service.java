package nl.statuswacht.model;

/** The services KVK's service-level document names; anything else is {@link #OTHER}. */
public enum Service {
  KVK_API,
  KVK_DATASERVICE,
  KVK_MUTATIESERVICE,
  OTHER
}
