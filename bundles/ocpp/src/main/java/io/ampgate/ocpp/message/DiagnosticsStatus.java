package io.ampgate.ocpp.message;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The progress of a diagnostics upload. */
public enum DiagnosticsStatus {
    @JsonProperty("Idle") IDLE,
    @JsonProperty("Uploaded") UPLOADED,
    @JsonProperty("UploadFailed") UPLOAD_FAILED,
    @JsonProperty("Uploading") UPLOADING
}
