package eu.clusterbridge.seeddata;

/** A data set that cannot be read or imported; the message names the file, record and field at fault (API: 400). */
public class DataSetException extends IllegalArgumentException {

    public DataSetException(String message) {
        super(message);
    }
}
