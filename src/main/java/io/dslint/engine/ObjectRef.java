package io.dslint.engine;

/** Which object a finding is about; fields are null when the document is not an object. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name, int document) {
  public static ObjectRef document(int index) {
    return new ObjectRef(null, null, null, null, index);
  }

  /** "DaemonSet logging/log-agent", or "document 2" for what is not an object. */
  public String label() {
    if (kind == null) {
      return "document " + document;
    }
    return kind + " " + (namespace != null ? namespace + "/" : "") + (name != null ? name : "<unnamed>");
  }
}
