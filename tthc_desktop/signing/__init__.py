"""Digital signatures with pyHanko: PKCS#12 and PKCS#11 signers, appearances, verification."""
