package org.liaison.sync.protocol;

/**
 * @param user the account name
 * @param password the account's password
 * @param deviceName a name for this desktop that staff recognise ("Anne's laptop")
 * @param deviceId the id the server gave this desktop at its first login, or null the first time
 */
public record LoginRequest(String user, String password, String deviceName, String deviceId) {

    @Override
    public String toString() {
        return "LoginRequest[user=" + user + ", deviceName=" + deviceName + ", deviceId=" + deviceId + "]";
    }
}
