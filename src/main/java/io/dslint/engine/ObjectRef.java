package io.dslint.engine;

/** Which object a finding is about; fields are null when the document is not an object. */
public record ObjectRef(String apiVersion, String kind, String namespace, String name, int document) {
  public static ObjectRef document(int index) {
    return new ObjectRef(null, null, null, null, index);
  }
}
