-- AlterTable
ALTER TABLE "SlackInstallation" ADD COLUMN     "appToken" TEXT;
