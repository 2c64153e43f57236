package org.liaison.sync.protocol;

/**
 * @param token the bearer token for the following requests
 * @param expiresAt when the token stops being accepted, in epoch milliseconds
 * @param deviceId the device this token pushes as
 * @param role the account's role: {@code admin}, {@code staff} or {@code read-only}
 * @param protocol the protocol version the server will answer in
 */
public record LoginResponse(String token, long expiresAt, String deviceId, String role, int protocol) {

    @Override
    public String toString() {
        return "LoginResponse[deviceId=" + deviceId + ", role=" + role + ", expiresAt=" + expiresAt + "]";
    }
}
