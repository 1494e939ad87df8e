package eu.clusterbridge.seeddata.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import eu.clusterbridge.seeddata.DataSet;
import eu.clusterbridge.seeddata.DataSetExporter;
import eu.clusterbridge.seeddata.DataSetImporter;
import eu.clusterbridge.seeddata.OpenDataFormats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the whole directory exported as JSON or CSV, and imported back (all or nothing). */
@RestController
@Tag(name = "Open data", description = "Export and import of organisations, partnerships and events")
class DataApi {

    private final DataSetExporter exporter;
    private final DataSetImporter importer;

    DataApi(DataSetExporter exporter, DataSetImporter importer) {
        this.exporter = exporter;
        this.importer = importer;
    }

    @GetMapping("/api/data/export")
    @Operation(summary = "Export everything: format=json (one document) or format=csv (a zip of three CSV files)")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format) {
        DataSet dataSet = exporter.export();
        boolean csv = switch (format) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw new IllegalArgumentException("format must be json or csv");
        };
        byte[] body = csv ? OpenDataFormats.csvZip(dataSet) : OpenDataFormats.json(dataSet);
        return ResponseEntity.ok()
                .contentType(csv ? MediaType.parseMediaType("application/zip") : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(csv ? "clusterbridge-csv.zip" : "clusterbridge.json").build().toString())
                .body(body);
    }

    @PostMapping(path = "/api/data/import", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/zip"})
    @Operation(summary = "Import a data set (JSON, or a zip of CSV files): records are created or updated by key, all or nothing")
    DataSetImporter.Summary importData(@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody byte[] body)
            throws IOException {
        DataSet dataSet = contentType.startsWith("application/zip")
                ? OpenDataFormats.readCsvZip(new ByteArrayInputStream(body))
                : OpenDataFormats.readJson(new ByteArrayInputStream(body));
        return importer.importAll(dataSet);
    }
}
