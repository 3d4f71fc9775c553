package io.dslint.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dslint.model.DaemonSet;
import io.dslint.model.ModelBuilder;
import io.dslint.rules.resources.MissingResource;
import io.dslint.yaml.Pointer;
import io.dslint.yaml.SourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer-compare wrapper: workloads become DaemonSets whose findings keep their lines. */
class WorkloadsTest {
  @TempDir
  Path dir;

  @Test
  void wrapsPodsAndControllersKeepingLines() throws IOException {
    Path file = dir.resolve("mixed.yaml");
    Files.writeString(file, """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          labels: {app: web}
        spec:
          containers:
            - name: nginx
              image: nginx:1.25
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: report
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: report:1.0
                      resources:
                        requests: {cpu: 10m}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        """);
    List<Workloads.Workload> ws = Workloads.read(file);
    assertEquals(3, ws.size());
    // the pod's container line; the CronJob container's requests line
    assertEquals(List.of(8, 26), List.of(memoryRequestLine(ws.get(0)), memoryRequestLine(ws.get(1))));
    DaemonSet pod = ModelBuilder.daemonSet(ModelBuilder.object(ws.get(0).daemonSet(), Pointer.ROOT));
    assertEquals("web", pod.selector().matchLabels().get("app").value());
    assertEquals("web", pod.metadata().name());
    assertNull(ws.get(2).daemonSet());
    assertEquals(2, ws.get(2).document());
  }

  private static int memoryRequestLine(Workloads.Workload w) {
    DaemonSet ds = ModelBuilder.daemonSet(ModelBuilder.object(w.daemonSet(), Pointer.ROOT));
    SourceMap map = new SourceMap(w.daemonSet());
    List<Integer> lines = new ArrayList<>();
    MissingResource.memoryRequest().check(ds, (p, m, props) -> lines.add(map.resolve(p).startLine()));
    assertEquals(1, lines.size());
    return lines.get(0);
  }
}
