package eu.clusterbridge.seeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** The public face of the data set formats, for the API: JSON documents and zips of CSV files. */
public final class OpenDataFormats {

    private OpenDataFormats() {
    }

    public static byte[] json(DataSet dataSet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataSetJson.write(dataSet, out);
        return out.toByteArray();
    }

    public static byte[] csvZip(DataSet dataSet) {
        return DataSetCsv.zip(dataSet);
    }

    public static DataSet readJson(InputStream in) {
        return DataSetJson.read(in, "request body");
    }

    public static DataSet readCsvZip(InputStream in) throws IOException {
        return DataSetCsv.readZip(in);
    }
}
